using BenchmarkDotNet.Attributes;
using ImplementAll.Platform.Core.Search;

namespace ImplementAll.Platform.Benchmarks;

/// <summary>BenchmarkDotNet's view of the same ten searches (run in-process, over the index the Stopwatch run built).</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    [ParamsSource(nameof(Names))]
    public string Query { get; set; } = "";

    public static IEnumerable<string> Names => RealisticQueries.All.Select(q => q.Name);

    private PracticeSearchQuery query = new();

    [GlobalSetup]
    public void Setup()
    {
        SharedIndex.OpenExisting();
        query = RealisticQueries.All.Single(q => q.Name == Query).Query;
    }

    [Benchmark]
    public long Search() => SharedIndex.Search(query).Total;
}

[MemoryDiagnoser]
public class SuggestBenchmarks
{
    [Params("telem", "ziekenh", "diabts")]
    public string Prefix { get; set; } = "";

    [GlobalSetup]
    public void Setup() => SharedIndex.OpenExisting();

    [Benchmark]
    public int Suggest() => SharedIndex.Index.SuggestAsync(Prefix, 8, CancellationToken.None).GetAwaiter().GetResult().Count;
}
