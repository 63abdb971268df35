using System.Text.Json;
using ImplementAll.Platform.Core.Search;

namespace ImplementAll.Platform.Benchmarks;

/// <summary>
/// Writes every result of a fixed set of searches (the eighteen benchmark searches, each also unfiltered, on page 3,
/// and with each sort; plus unseen typos) as JSON lines, so two builds can be compared byte for byte: a change made
/// for speed must not change a single hit, score, snippet or count.
/// </summary>
public static class Dump
{
    public static void Run(string file)
    {
        var queries = new List<PracticeSearchQuery>();
        foreach (var (_, query) in RealisticQueries.All.Concat(HttpQueries.All))
        {
            queries.Add(query);
            queries.Add(query with { Filters = new Dictionary<string, IReadOnlyList<string>>() });
            queries.Add(query with { Page = 3, PageSize = 7 });
            queries.Add(query with { Page = 100_000 });
            foreach (var sort in Enum.GetValues<PracticeSort>())
            {
                queries.Add(query with { Sort = sort });
            }

            // Each filter alone, and two of them.
            foreach (var (facet, values) in query.Filters)
            {
                queries.Add(query with { Filters = new Dictionary<string, IReadOnlyList<string>> { [facet] = values } });
                queries.Add(query with { Filters = query.Filters.Where(f => f.Key != facet).ToDictionary() });
            }
        }

        var random = new Random(11);
        var words = SyntheticPractices.ContentWords.Where(w => w.Length >= 5 && !w.Contains('-')).Distinct().ToList();
        for (var i = 0; i < 60; i++)
        {
            var word = words[random.Next(words.Count)];
            var at = random.Next(1, word.Length - 1);
            queries.Add(RealisticQueries.All[i % RealisticQueries.All.Count].Query with { Text = word.Remove(at, 1) + " " + words[random.Next(words.Count)] });
        }

        using var output = new StreamWriter(file);
        foreach (var query in queries)
        {
            output.WriteLine(JsonSerializer.Serialize(query));
            output.WriteLine(JsonSerializer.Serialize(SharedIndex.Search(query)));
        }

        Console.WriteLine($"{queries.Count} searches written to {file}");
    }
}
