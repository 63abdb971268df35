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

    /// <summary>
    /// A full reindex as the platform runs it: clear, then upsert in batches, each committed and made searchable.
    /// Returns the time until the last batch is searchable, and the time until Lucene's background merges have also
    /// finished (closing the writer waits for them); searches are measured after that, on the settled index.
    /// </summary>
    public static (TimeSpan Searchable, TimeSpan Settled) Build()
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

        index.ReindexFinishedAsync(CancellationToken.None).GetAwaiter().GetResult();

        var searchable = clock.Elapsed;
        index.Dispose();
        var settled = clock.Elapsed;
        index = LucenePracticeSearchIndex.OpenFolder(Folder);
        return (searchable, settled);
    }

    /// <summary>Each segment has one .si file; every query term is looked up once per segment.</summary>
    public static int Segments => Directory.EnumerateFiles(Folder, "*.si").Count();

    public static void OpenExisting() => index ??= LucenePracticeSearchIndex.OpenFolder(Folder);

    public static PracticeSearchResult Search(PracticeSearchQuery query) =>
        Index.SearchAsync(query, CancellationToken.None).GetAwaiter().GetResult();
}
