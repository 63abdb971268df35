using ImplementAll.Platform.Core.Search;
using ImplementAll.Platform.Infrastructure.Search.Lucene;

namespace ImplementAll.Platform.SearchTests;

/// <summary>Upsert, delete, clear, persistence in a folder, and searches running while writes go on.</summary>
public sealed class LuceneWriteTests : IDisposable
{
    private readonly LucenePracticeSearchIndex index = LucenePracticeSearchIndex.InMemory();

    public void Dispose() => index.Dispose();

    private Task<PracticeSearchResult> Search(string? text) =>
        index.SearchAsync(new PracticeSearchQuery { Text = text }, CancellationToken.None);

    [Fact]
    public async Task Upsert_replaces_a_practice_with_the_same_id()
    {
        await index.UpsertAsync([Corpus.Practice(1, "Telemonitoring for heart failure", "Old summary.")], CancellationToken.None);
        await index.UpsertAsync([Corpus.Practice(1, "Medication review", "New summary.")], CancellationToken.None);

        Assert.Equal(1, (await Search(null)).Total);
        Assert.Equal(0, (await Search("telemonitoring ")).Total);
        Assert.Equal("Medication review", (await Search("medication ")).Hits.Single().Title);
    }

    [Fact]
    public async Task Delete_removes_only_the_given_practices()
    {
        await index.UpsertAsync(Corpus.Named.ToList(), CancellationToken.None);

        await index.DeleteAsync([Corpus.IdOf(1), Corpus.IdOf(2), Guid.NewGuid()], CancellationToken.None);

        var all = await Search(null);
        Assert.Equal(Corpus.Named.Count - 2, all.Total);
        Assert.DoesNotContain(all.Hits, h => h.Id == Corpus.IdOf(1) || h.Id == Corpus.IdOf(2));
        Assert.Equal(0, (await Search("telemonitoring ")).Total);
    }

    [Fact]
    public async Task Clear_empties_the_index_and_its_facets()
    {
        await index.UpsertAsync(Corpus.Named.ToList(), CancellationToken.None);

        await index.ClearAsync(CancellationToken.None);

        var result = await Search(null);
        Assert.Equal(0, result.Total);
        Assert.All(result.Facets.Values, Assert.Empty);
        Assert.Empty(await index.SuggestAsync("tele", 5, CancellationToken.None));
    }

    [Fact]
    public async Task A_folder_index_survives_reopening()
    {
        var folder = Path.Combine(Path.GetTempPath(), "search-tests-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var first = LucenePracticeSearchIndex.OpenFolder(folder))
            {
                await first.UpsertAsync(Corpus.Named.ToList(), CancellationToken.None);
            }

            using var second = LucenePracticeSearchIndex.OpenFolder(folder);
            Assert.False(second.WasReset);
            var result = await second.SearchAsync(new PracticeSearchQuery { Text = "telemonitoring " }, CancellationToken.None);
            Assert.Equal(Corpus.IdOf(1), result.Hits.Single().Id);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Searches_run_concurrently_with_writes()
    {
        await index.UpsertAsync(Corpus.Named.ToList(), CancellationToken.None);
        var fillers = Corpus.Fillers(200, seed: 11);
        using var stop = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 4).Select(r => Task.Run(async () =>
        {
            var searches = 0;
            string[] texts = ["telemonitoring ", "care home", "", "regional vaccination", "ziekenhuis", "\"care at home\""];
            while (!stop.IsCancellationRequested || searches == 0)
            {
                var result = await index.SearchAsync(new PracticeSearchQuery
                {
                    Text = texts[searches % texts.Length],
                    Filters = new Dictionary<string, IReadOnlyList<string>> { [PracticeFacets.Country] = ["NL", "BE"] },
                }, CancellationToken.None);
                Assert.True(result.Total >= result.Hits.Count);
                await index.SuggestAsync("reg", 5, CancellationToken.None);
                searches++;
            }

            return searches;
        })).ToList();

        foreach (var batch in fillers.Chunk(10))
        {
            await index.UpsertAsync(batch, CancellationToken.None);
        }

        await index.DeleteAsync(fillers.Take(50).Select(p => p.Id).ToList(), CancellationToken.None);
        stop.Cancel();
        var counts = await Task.WhenAll(readers);

        Assert.All(counts, c => Assert.True(c > 0));
        Assert.Equal(Corpus.Named.Count + 150, (await Search(null)).Total);
    }

    [Fact]
    public async Task A_finished_reindex_leaves_one_segment_and_the_same_results()
    {
        // Committed batch by batch as a reindex writes, with one practice deleted on the way: several segments.
        foreach (var batch in Corpus.Named.Chunk(4))
        {
            await index.UpsertAsync(batch, CancellationToken.None);
        }

        await index.DeleteAsync([Corpus.IdOf(3)], CancellationToken.None);
        Assert.True(index.SegmentCount > 1, $"{index.SegmentCount} segment(s) before the merge");
        var query = new PracticeSearchQuery
        {
            Text = "home care",
            Filters = new Dictionary<string, IReadOnlyList<string>> { [PracticeFacets.Country] = ["NL", "BE", "ES", "DE"] },
        };
        var before = await index.SearchAsync(query, CancellationToken.None);

        await index.ReindexFinishedAsync(CancellationToken.None);

        Assert.Equal(1, index.SegmentCount);
        var after = await index.SearchAsync(query, CancellationToken.None);
        Assert.True(before.Total > 0);
        Assert.Equal(before.Total, after.Total);
        Assert.Equal(before.Hits.Select(h => h.Id), after.Hits.Select(h => h.Id));
        Assert.Equal(before.Facets.SelectMany(f => f.Value.Select(v => $"{f.Key}={v}")), after.Facets.SelectMany(f => f.Value.Select(v => $"{f.Key}={v}")));
        Assert.Equal(Corpus.Named.Count - 1, (await Search(null)).Total);
    }
}
