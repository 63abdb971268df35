using System.Diagnostics;
using ImplementAll.Platform.Core.Search;
using ImplementAll.Platform.Infrastructure.Search.Lucene;

namespace ImplementAll.Platform.Benchmarks;

/// <summary>The index every measurement in this process uses: built once in a folder (as in production), then only searched.</summary>
public static class SharedIndex
{
    private static LucenePracticeSearchIndex? index;

    public static string Folder { get; set; } = Path.Combine(Path.GetTempPath(), "implementall-search-bench");

    public static int Documents { get; set; } = 100_000;

    public static int BatchSize { get; set; } = 10_000;

    public static LucenePracticeSearchIndex Index => index ?? throw new InvalidOperationException("Build or open the index first.");

    /// <summary>A full reindex as the platform runs it: clear, then upsert in batches (each batch committed and made searchable).</summary>
    public static TimeSpan Build()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        var practices = SyntheticPractices.Generate(Documents).ToList(); // generated before the clock starts
        var clock = Stopwatch.StartNew();
        index = LucenePracticeSearchIndex.OpenFolder(Folder);
        index.ClearAsync(CancellationToken.None).GetAwaiter().GetResult();
        foreach (var batch in practices.Chunk(BatchSize))
        {
            index.UpsertAsync(batch, CancellationToken.None).GetAwaiter().GetResult();
        }

        clock.Stop();
        return clock.Elapsed;
    }

    public static void OpenExisting() => index ??= LucenePracticeSearchIndex.OpenFolder(Folder);

    public static PracticeSearchResult Search(PracticeSearchQuery query) =>
        Index.SearchAsync(query, CancellationToken.None).GetAwaiter().GetResult();
}
