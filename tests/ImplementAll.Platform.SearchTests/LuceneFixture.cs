using ImplementAll.Platform.Core.Search;
using ImplementAll.Platform.Infrastructure.Search.Lucene;

namespace ImplementAll.Platform.SearchTests;

/// <summary>One in-memory index of <see cref="Corpus.All"/>, shared by the read-only tests of a class.</summary>
public sealed class LuceneFixture : IDisposable
{
    public LuceneFixture()
    {
        Index = LucenePracticeSearchIndex.InMemory();
        Index.EnsureIndexAsync(CancellationToken.None).GetAwaiter().GetResult();
        Index.UpsertAsync(Corpus.All.ToList(), CancellationToken.None).GetAwaiter().GetResult();
    }

    public LucenePracticeSearchIndex Index { get; }

    public Task<PracticeSearchResult> Search(string? text, PracticeSort sort = PracticeSort.Relevance, int page = 1, int pageSize = 50,
        Dictionary<string, IReadOnlyList<string>>? filters = null) =>
        Index.SearchAsync(new PracticeSearchQuery
        {
            Text = text,
            Sort = sort,
            Page = page,
            PageSize = pageSize,
            Filters = filters ?? new Dictionary<string, IReadOnlyList<string>>(),
        }, CancellationToken.None);

    public async Task<List<int>> Numbers(string? text, PracticeSort sort = PracticeSort.Relevance) =>
        (await Search(text, sort)).Hits.Select(h => NumberOf(h.Id)).ToList();

    public static int NumberOf(Guid id) => int.Parse(id.ToString("N")[20..]);

    public void Dispose() => Index.Dispose();
}
