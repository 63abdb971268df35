using System.Diagnostics;
using ImplementAll.Platform.Core.Search;

namespace ImplementAll.Platform.Benchmarks;

/// <summary>
/// Allocation and CPU per search, which (unlike wall time) hardly depend on what else runs on the machine: bytes
/// allocated by the searching thread, and that thread's CPU time (it does not count time spent waiting for a core).
/// </summary>
public static class Measure
{
    public static void Run(int repeats)
    {
        var queries = RealisticQueries.All.Concat(HttpQueries.All).ToList();
        for (var i = 0; i < 400; i++)
        {
            SharedIndex.Search(queries[i % queries.Count].Query); // JIT (tiering), segment facet arrays, page cache
        }

        Console.WriteLine($"Per search, mean of {repeats} runs each, one thread; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}:");
        Console.WriteLine($"  {"query",-22} {"total",8} {"KB alloc",9} {"CPU ms",7}");
        double allBytes = 0, allCpu = 0;
        double httpBytes = 0, httpCpu = 0;
        var process = Process.GetCurrentProcess();
        var processCpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var (name, query) in queries)
        {
            long total = 0;
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var cpu = ThreadCpu.Milliseconds();
            for (var i = 0; i < repeats; i++)
            {
                total = SharedIndex.Search(query).Total;
            }

            var cpuMs = (ThreadCpu.Milliseconds() - cpu) / repeats;
            var kb = (GC.GetAllocatedBytesForCurrentThread() - bytes) / (double)repeats / 1024;
            allBytes += kb;
            allCpu += cpuMs;
            if (name.StartsWith("http-", StringComparison.Ordinal))
            {
                httpBytes += kb;
                httpCpu += cpuMs;
            }

            Console.WriteLine($"  {name,-22} {total,8:N0} {kb,9:N1} {cpuMs,7:F3}");
        }

        process.Refresh();
        var searches = repeats * queries.Count;
        Console.WriteLine($"  {"mean, all 18",-22} {"",8} {allBytes / queries.Count,9:N1} {allCpu / queries.Count,7:F3}");
        Console.WriteLine($"  {"mean, 8 HTTP searches",-22} {"",8} {httpBytes / HttpQueries.All.Count,9:N1} {httpCpu / HttpQueries.All.Count,7:F3}");
        Console.WriteLine($"Process CPU (all threads, GC included) per search: {(process.TotalProcessorTime - processCpu).TotalMilliseconds / searches:F3} ms; " +
            $"wall {clock.Elapsed.TotalMilliseconds / searches:F3} ms; GC counts gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
    }
}
