using ImplementAll.Platform.Core.Search;
using ImplementAll.Platform.Infrastructure.Search;
using ImplementAll.Platform.Infrastructure.Search.Lucene;

namespace ImplementAll.Platform.SearchTests;

/// <summary>
/// The one-pass facet counting (value ids per segment, own-filter exclusion by bit mask, documents failing two or more
/// filters skipped before scoring) against a naive recount, on random indexes of several segments with deleted and
/// updated practices: every facet's counts must equal counting, practice by practice, the matches that pass every
/// filter but that facet's own.
/// </summary>
public sealed class LuceneFacetRecountTests
{
    private static readonly string[] Types = ["DigitalSolution", "OrganisationalModel", "Service", "Policy"];
    private static readonly string[] Countries = ["NL", "BE", "DE", "NO", "ES", "FR", "IT"];

    // Held by about one practice in 100: in the large segment it has fewer documents than the facet arrays' threshold
    // for a bit set of its own, so filters on it take the sparse path.
    private const string RareCountry = "LU";
    private static readonly string[] Who = ["DHI-1.1", "DHI-1.2", "DHI-2.1", "DHI-3.1"];
    private static readonly string[] Targets = ["patients", "older-adults", "carers", "children"];
    private static readonly string[] Settings = ["home", "primary", "hospital", "community", "pharmacy"];
    private static readonly string[] Spoken = ["en", "de", "nl", "fr"];
    private static readonly string[] Evidence = ["rct", "observational", "qualitative", "pilot"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Facet_counts_equal_a_naive_recount_with_each_facet_ignoring_its_own_filter(int seed)
    {
        var random = new Random(seed);
        using var index = LucenePracticeSearchIndex.InMemory();
        var practices = new Dictionary<Guid, PracticeDocument>();

        // Several batches, so several segments (one large); then updates and deletions, so segments hold deleted documents.
        var next = 1;
        foreach (var size in new[] { 80, 80, 80, 80, 1200 })
        {
            var added = Enumerable.Range(0, size).Select(_ => Random(random, next++)).ToList();
            await index.UpsertAsync(added, CancellationToken.None);
            added.ForEach(p => practices[p.Id] = p);
        }

        var changed = practices.Keys.Where(_ => random.Next(8) == 0).Select(id => Random(random, LuceneFixture.NumberOf(id))).ToList();
        await index.UpsertAsync(changed, CancellationToken.None);
        changed.ForEach(p => practices[p.Id] = p);
        var deleted = practices.Keys.Where(_ => random.Next(10) == 0).ToList();
        await index.DeleteAsync(deleted, CancellationToken.None);
        deleted.ForEach(id => practices.Remove(id));

        for (var round = 0; round < 60; round++)
        {
            var filters = RandomFilters(random);
            if (round % 5 == 0)
            {
                // The rare value beside a second filter: the pre-filter's sparse path, every seed.
                filters[PracticeFacets.Country] = [RareCountry];
                filters.TryAdd(PracticeFacets.Language, ["en"]);
            }
            var text = random.Next(3) switch { 0 => null, 1 => "quokka", _ => "wombat" };
            var result = await index.SearchAsync(new PracticeSearchQuery { Text = text, Filters = filters, PageSize = 50 }, CancellationToken.None);

            var matches = practices.Values.Where(p => text is null || p.Title.Contains(text, StringComparison.Ordinal)).ToList();
            var passing = matches.Where(p => filters.All(f => Passes(p, f.Key, f.Value))).ToList();
            var context = $"seed {seed}, round {round}, text {text ?? "(none)"}, filters {string.Join("; ", filters.Select(f => f.Key + "=" + string.Join("|", f.Value)))}";
            Assert.True(passing.Count == result.Total, $"{context}: total {result.Total}, expected {passing.Count}");
            Assert.All(result.Hits, h => Assert.Contains(h.Id, passing.Select(p => p.Id)));
            Assert.Equal(Math.Min(50, passing.Count), result.Hits.Count);

            foreach (var facet in PracticeFacets.All)
            {
                var expected = matches
                    .Where(p => filters.Where(f => f.Key != facet).All(f => Passes(p, f.Key, f.Value)))
                    .SelectMany(p => ValuesOf(p, facet))
                    .GroupBy(v => v)
                    .Select(g => new FacetValue(g.Key, g.Count()))
                    .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
                    .Take(FacetLimits.For(facet))
                    .ToList();
                Assert.True(expected.SequenceEqual(result.Facets[facet]),
                    $"{context}, facet {facet}: got {string.Join(", ", result.Facets[facet])}, expected {string.Join(", ", expected)}");
            }
        }
    }

    private static PracticeDocument Random(Random random, int n)
    {
        string[] Some(string[] from, int min) => from.Where(_ => random.Next(3) == 0).Concat(from.OrderBy(_ => random.Next()).Take(min)).Distinct().ToArray();
        var word = random.Next(3) switch { 0 => "quokka", 1 => "wombat", _ => "numbat" };
        return Corpus.Practice(
            n, $"{word} practice {n}", "summary", type: Types[random.Next(Types.Length)], countries: [.. Some(Countries, 1), .. random.Next(100) == 0 ? [RareCountry] : Array.Empty<string>()],
            trl: random.Next(1, 10), stageOrder: random.Next(1, 11), who: Some(Who, 0), targets: Some(Targets, 0),
            settings: Some(Settings, 0), languages: Some(Spoken, 1), evidence: Some(Evidence, 0));
    }

    private static Dictionary<string, IReadOnlyList<string>> RandomFilters(Random random)
    {
        var vocabularies = new Dictionary<string, string[]>
        {
            [PracticeFacets.Type] = Types,
            [PracticeFacets.Country] = [.. Countries, RareCountry],
            [PracticeFacets.Trl] = ["1", "2", "3", "4", "5", "6", "7", "8", "9"],
            [PracticeFacets.Stage] = Enumerable.Range(1, 10).Select(i => $"dha-stage-{i:00}").ToArray(),
            [PracticeFacets.Who] = Who,
            [PracticeFacets.TargetGroup] = Targets,
            [PracticeFacets.CareSetting] = Settings,
            [PracticeFacets.Language] = Spoken,
            [PracticeFacets.EvidenceType] = Evidence,
        };
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var facet in PracticeFacets.All.OrderBy(_ => random.Next()).Take(random.Next(0, 5)))
        {
            var values = vocabularies[facet].OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
            if (random.Next(6) == 0)
            {
                values.Add("no-such-value"); // held by no practice: selects nothing more
            }

            if (random.Next(12) == 0)
            {
                values = ["no-such-value"]; // the whole filter matches nothing
            }

            filters[facet] = values;
        }

        return filters;
    }

    private static bool Passes(PracticeDocument practice, string facet, IReadOnlyList<string> selected) =>
        ValuesOf(practice, facet).Any(selected.Contains);

    private static IEnumerable<string> ValuesOf(PracticeDocument practice, string facet) =>
        PracticeValues.Facets(practice).Where(f => f.Facet == facet).SelectMany(f => f.Values).Where(v => !string.IsNullOrEmpty(v)).Distinct();
}
