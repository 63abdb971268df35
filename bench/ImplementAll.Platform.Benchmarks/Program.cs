using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ImplementAll.Platform.Benchmarks;

// Usage: dotnet run -c Release --project bench/ImplementAll.Platform.Benchmarks -- [--docs N] [--queries N] [--folder DIR] [--bdn] [--reuse-index]
//   1. builds the index of N synthetic practices in DIR (a full reindex, timed), or opens the one there (--reuse-index),
//   2. runs the ten realistic queries round-robin N times and reports latency percentiles (Stopwatch, per query),
//   3. with --bdn, also runs BenchmarkDotNet in-process over the same index (short job).
// Deterministic modes for a machine shared with other work (each exits after it):
//   --dump FILE  writes the results of a fixed set of searches as JSON, to compare two builds (results must not change);
//   --measure N  runs each of the ten realistic and the eight HTTP-benchmark searches N times (after a warm-up) and
//                prints, per search, the bytes allocated (GC.GetAllocatedBytesForCurrentThread) and thread CPU time;
//   --loop N     runs the eighteen searches round-robin N times and nothing else: run it under
//                `valgrind --tool=callgrind` twice with different N; the difference in instructions over the difference
//                in N is the instructions per search, whatever else the machine is doing.
var options = args.ToList();
string? Arg(string name) => options.IndexOf(name) is var i and >= 0 && i + 1 < options.Count ? options[i + 1] : null;
SharedIndex.Documents = int.Parse(Arg("--docs") ?? "100000", CultureInfo.InvariantCulture);
SharedIndex.Folder = Arg("--folder") ?? SharedIndex.Folder;
var queryCount = int.Parse(Arg("--queries") ?? "2000", CultureInfo.InvariantCulture);

Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, {Environment.OSVersion}, .NET {Environment.Version}");
if (options.Contains("--reuse-index"))
{
    SharedIndex.OpenExisting();
}
else
{
    var (searchable, settled) = SharedIndex.Build();
    Console.WriteLine($"Full reindex of {SharedIndex.Documents:N0} practices (batches of {SharedIndex.BatchSize:N0}, each committed): " +
        $"all searchable after {searchable.TotalSeconds:F1} s ({SharedIndex.Documents / searchable.TotalSeconds:N0} docs/s), " +
        $"background merges done after {settled.TotalSeconds:F1} s");
}

if (Arg("--loop") is { } loopText)
{
    var mix = RealisticQueries.All.Concat(HttpQueries.All).Select(q => q.Query).ToList();
    var loops = int.Parse(loopText, CultureInfo.InvariantCulture);
    long sink = 0;
    for (var i = 0; i < loops; i++)
    {
        sink += SharedIndex.Search(mix[i % mix.Count]).Total;
    }

    Console.WriteLine($"{loops} searches, {sink} hits in all");
    SharedIndex.Index.Dispose();
    return;
}

if (Arg("--dump") is { } dumpFile)
{
    Dump.Run(dumpFile);
    SharedIndex.Index.Dispose();
    return;
}

if (Arg("--measure") is { } measureText)
{
    Measure.Run(int.Parse(measureText, CultureInfo.InvariantCulture));
    SharedIndex.Index.Dispose();
    return;
}

Console.WriteLine($"Index: {FolderSize(SharedIndex.Folder) / 1024.0 / 1024.0:F0} MB in {SharedIndex.Segments} segments");
var queries = RealisticQueries.All;
foreach (var (name, query) in queries)
{
    var result = SharedIndex.Search(query);
    var unfiltered = SharedIndex.Search(query with { Filters = new Dictionary<string, IReadOnlyList<string>>() });
    Console.WriteLine($"  {name,-15} text matches {unfiltered.Total,6:N0}, with the three filters {result.Total,6:N0}  text \"{query.Text}\"");
}

// Warm-up: JIT, segment facet arrays, OS page cache.
for (var i = 0; i < 200; i++)
{
    SharedIndex.Search(queries[i % queries.Count].Query);
}

var samples = queries.ToDictionary(q => q.Name, _ => new List<double>());
var cpuSamples = queries.ToDictionary(q => q.Name, _ => new List<double>());
var all = new List<double>(queryCount);
var allCpu = new List<double>(queryCount);
var total = Stopwatch.StartNew();
for (var i = 0; i < queryCount; i++)
{
    var (name, query) = queries[i % queries.Count];
    var cpu = ThreadCpu.Milliseconds();
    var clock = Stopwatch.StartNew();
    SharedIndex.Search(query);
    var ms = clock.Elapsed.TotalMilliseconds;
    var cpuMs = ThreadCpu.Milliseconds() - cpu;
    samples[name].Add(ms);
    all.Add(ms);
    cpuSamples[name].Add(cpuMs);
    allCpu.Add(cpuMs);
}

total.Stop();
Console.WriteLine();
Console.WriteLine($"Search latency over {queryCount:N0} queries, one thread, in-process (ms), {queryCount / total.Elapsed.TotalSeconds:N0} queries/s; " +
    $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores:");
Console.WriteLine($"  {"query",-15} {"p50",7} {"p95",7} {"p99",7} {"max",7}   thread CPU p50, p95");
foreach (var (name, values) in samples.Append(new("ALL", all)))
{
    var cpu = name == "ALL" ? allCpu : cpuSamples[name];
    Console.WriteLine($"  {name,-15} {P(values, 50),7:F2} {P(values, 95),7:F2} {P(values, 99),7:F2} {values.Max(),7:F2}   {P(cpu, 50),7:F2} {P(cpu, 95),7:F2}");
}

// Typos never seen before: each query misspells a different word, so no compiled typo automaton can be reused.
var typoRandom = new Random(5);
var words = SyntheticPractices.ContentWords.Where(w => w.Length >= 5 && !w.Contains('-')).Distinct().ToList();
var typoQueries = Enumerable.Range(0, 400).Select(i =>
{
    var word = words[typoRandom.Next(words.Count)];
    var at = typoRandom.Next(1, word.Length - 1);
    var typo = i % 2 == 0 ? word.Remove(at, 1) : word[..at] + word[at + 1] + word[at] + word[(at + 2)..];
    var (_, template) = queries[i % queries.Count];
    return template with { Text = typo + " " + words[typoRandom.Next(words.Count)] };
}).DistinctBy(q => q.Text).ToList();
var cold = typoQueries.Select(q =>
{
    var clock = Stopwatch.StartNew();
    SharedIndex.Search(q);
    return clock.Elapsed.TotalMilliseconds;
}).ToList();
Console.WriteLine($"Unseen typos, {cold.Count} queries each misspelling a different word (+ one correct word, three filters) (ms): " +
    $"p50 {P(cold, 50):F2}, p95 {P(cold, 95):F2}, max {cold.Max():F2}");

var suggestions = new List<double>();
string[] prefixes = ["telem", "ziekenh", "diabts", "Pflege", "hosp", "soins à dom"];
for (var i = 0; i < 600; i++)
{
    var clock = Stopwatch.StartNew();
    SharedIndex.Index.SuggestAsync(prefixes[i % prefixes.Length], 8, CancellationToken.None).GetAwaiter().GetResult();
    if (i >= 100)
    {
        suggestions.Add(clock.Elapsed.TotalMilliseconds);
    }
}

Console.WriteLine($"Suggest latency over {suggestions.Count} calls (ms): p50 {P(suggestions, 50):F2}, p95 {P(suggestions, 95):F2}, max {suggestions.Max():F2}");

if (options.Contains("--bdn"))
{
    // In-process: the benchmarks reuse the index built above instead of each building its own in a child process.
    // Reports go to the temp folder, not into the working tree.
    var config = DefaultConfig.Instance
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
        .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "implementall-benchmarkdotnet"));
    BenchmarkRunner.Run<SearchBenchmarks>(config);
    BenchmarkRunner.Run<SuggestBenchmarks>(config);
}

SharedIndex.Index.Dispose();

static double P(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
}

static long FolderSize(string folder) => new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
