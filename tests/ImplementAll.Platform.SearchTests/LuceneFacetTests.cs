using ImplementAll.Platform.Core.Search;
using ImplementAll.Platform.Infrastructure.Search.Lucene;

namespace ImplementAll.Platform.SearchTests;

/// <summary>Filters (OR within a facet, AND across) and facet counts where a facet ignores only its own filter.</summary>
public sealed class LuceneFacetTests : IAsyncLifetime
{
    private readonly LucenePracticeSearchIndex index = LucenePracticeSearchIndex.InMemory();

    // Six practices chosen so every expected count below can be checked by hand.
    private static readonly IReadOnlyList<PracticeDocument> Six =
    [
        Corpus.Practice(1, "Alpha telecare", "s", type: "DigitalSolution", countries: ["NL", "BE"], trl: 7, settings: ["home"]),
        Corpus.Practice(2, "Beta telecare", "s", type: "DigitalSolution", countries: ["NL"], trl: 5, settings: ["home", "hospital"]),
        Corpus.Practice(3, "Gamma telecare", "s", type: "Service", countries: ["DE"], trl: 7, settings: ["hospital"]),
        Corpus.Practice(4, "Delta", "s", type: "Service", countries: ["NL"], trl: 9, settings: ["primary"]),
        Corpus.Practice(5, "Epsilon telecare", "s", type: "OrganisationalModel", countries: ["BE"], trl: 7, settings: ["home"]),
        Corpus.Practice(6, "Zeta telecare", "s", type: "DigitalSolution", countries: ["DE", "BE"], trl: 3, settings: []),
    ];

    public Task InitializeAsync() => index.UpsertAsync(Six.ToList(), CancellationToken.None);

    public Task DisposeAsync()
    {
        index.Dispose();
        return Task.CompletedTask;
    }

    private Task<PracticeSearchResult> Search(string? text, params (string Facet, string[] Values)[] filters) =>
        index.SearchAsync(new PracticeSearchQuery
        {
            Text = text,
            Filters = filters.ToDictionary(f => f.Facet, f => (IReadOnlyList<string>)f.Values),
        }, CancellationToken.None);

    private static Dictionary<string, int> Counts(PracticeSearchResult result, string facet) =>
        result.Facets[facet].ToDictionary(v => v.Value, v => v.Count);

    [Fact]
    public async Task Without_filters_every_facet_counts_every_match()
    {
        var result = await Search(null);

        Assert.Equal(6, result.Total);
        Assert.Equal(new Dictionary<string, int> { ["DigitalSolution"] = 3, ["Service"] = 2, ["OrganisationalModel"] = 1 }, Counts(result, PracticeFacets.Type));
        Assert.Equal(new Dictionary<string, int> { ["NL"] = 3, ["BE"] = 3, ["DE"] = 2 }, Counts(result, PracticeFacets.Country));
        Assert.Equal(new Dictionary<string, int> { ["7"] = 3, ["5"] = 1, ["9"] = 1, ["3"] = 1 }, Counts(result, PracticeFacets.Trl));
        Assert.Equal(new Dictionary<string, int> { ["home"] = 3, ["hospital"] = 2, ["primary"] = 1 }, Counts(result, PracticeFacets.CareSetting));
        Assert.Equal(PracticeFacets.All.Order(), result.Facets.Keys.Order());
        // Highest count first, ties by value.
        Assert.Equal(["BE", "NL", "DE"], result.Facets[PracticeFacets.Country].Select(v => v.Value));
    }

    [Fact]
    public async Task Values_are_ored_within_a_facet_and_facets_anded()
    {
        var either = await Search(null, (PracticeFacets.Country, ["DE", "BE"]));
        var both = await Search(null, (PracticeFacets.Country, ["DE", "BE"]), (PracticeFacets.Trl, ["7"]));

        Assert.Equal([1, 3, 5, 6], either.Hits.Select(h => LuceneFixture.NumberOf(h.Id)).Order());
        Assert.Equal([1, 3, 5], both.Hits.Select(h => LuceneFixture.NumberOf(h.Id)).Order());
        Assert.Equal(3, both.Total);
    }

    [Fact]
    public async Task A_facets_counts_ignore_its_own_filter_but_apply_the_others()
    {
        var result = await Search(null, (PracticeFacets.Type, ["DigitalSolution"]), (PracticeFacets.Country, ["BE"]));

        // Hits: DigitalSolution and BE = 1 and 6.
        Assert.Equal(2, result.Total);
        // Type counts apply only the country filter (BE: 1, 5, 6).
        Assert.Equal(new Dictionary<string, int> { ["DigitalSolution"] = 2, ["OrganisationalModel"] = 1 }, Counts(result, PracticeFacets.Type));
        // Country counts apply only the type filter (DigitalSolution: 1, 2, 6).
        Assert.Equal(new Dictionary<string, int> { ["NL"] = 2, ["BE"] = 2, ["DE"] = 1 }, Counts(result, PracticeFacets.Country));
        // Unfiltered facets count the hits (1 and 6).
        Assert.Equal(new Dictionary<string, int> { ["7"] = 1, ["3"] = 1 }, Counts(result, PracticeFacets.Trl));
        Assert.Equal(new Dictionary<string, int> { ["home"] = 1 }, Counts(result, PracticeFacets.CareSetting));
    }

    [Fact]
    public async Task Text_and_filters_combine_in_the_counts()
    {
        // "telecare" matches all but 4; filter TRL 7 (1, 3, 5).
        var result = await Search("telecare ", (PracticeFacets.Trl, ["7"]));

        Assert.Equal(3, result.Total);
        Assert.Equal(new Dictionary<string, int> { ["7"] = 3, ["5"] = 1, ["3"] = 1 }, Counts(result, PracticeFacets.Trl));
        Assert.Equal(new Dictionary<string, int> { ["BE"] = 2, ["NL"] = 1, ["DE"] = 1 }, Counts(result, PracticeFacets.Country));
    }

    [Fact]
    public async Task Unknown_facets_and_values_are_harmless()
    {
        var unknownFacet = await Search(null, ("colour", ["red"]));
        var unknownValue = await Search(null, (PracticeFacets.Country, ["XX", "O'Brien"]));

        Assert.Equal(6, unknownFacet.Total);
        Assert.Equal(0, unknownValue.Total);
        Assert.Empty(unknownValue.Hits);
        // The country facet still shows what selecting another value would give.
        Assert.Equal(3, Counts(unknownValue, PracticeFacets.Country)["NL"]);
    }

    [Fact]
    public async Task Counts_match_a_brute_force_oracle_on_the_larger_corpus()
    {
        using var large = LucenePracticeSearchIndex.InMemory();
        await large.UpsertAsync(Corpus.All.ToList(), CancellationToken.None);
        var filters = new Dictionary<string, IReadOnlyList<string>>
        {
            [PracticeFacets.Country] = ["NL", "BE"],
            [PracticeFacets.CareSetting] = ["home", "primary"],
            [PracticeFacets.Who] = ["DHI-1.1"],
        };

        var result = await large.SearchAsync(new PracticeSearchQuery { Filters = filters, PageSize = 50 }, CancellationToken.None);

        var values = Corpus.All.ToDictionary(p => p.Id, p => Oracle.Values(p));
        bool Passes(PracticeDocument p, string? except) =>
            filters.Where(f => f.Key != except).All(f => values[p.Id][f.Key].Intersect(f.Value).Any());
        Assert.Equal(Corpus.All.Count(p => Passes(p, null)), result.Total);
        foreach (var facet in PracticeFacets.All)
        {
            var expected = Corpus.All.Where(p => Passes(p, facet))
                .SelectMany(p => values[p.Id][facet]).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(expected, Counts(result, facet));
        }
    }
}

internal static class Oracle
{
    public static Dictionary<string, string[]> Values(PracticeDocument p) => new()
    {
        [PracticeFacets.Type] = [p.Type],
        [PracticeFacets.Country] = p.Countries.Distinct().ToArray(),
        [PracticeFacets.Trl] = [p.Trl.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        [PracticeFacets.Stage] = [p.Stage],
        [PracticeFacets.Who] = p.WhoCodes.Distinct().ToArray(),
        [PracticeFacets.TargetGroup] = p.TargetGroups.Distinct().ToArray(),
        [PracticeFacets.CareSetting] = p.CareSettings.Distinct().ToArray(),
        [PracticeFacets.Language] = p.Languages.Distinct().ToArray(),
        [PracticeFacets.EvidenceType] = p.EvidenceTypes.Distinct().ToArray(),
    };
}
