using ImplementAll.Platform.Core.Search;

namespace ImplementAll.Platform.Benchmarks;

/// <summary>
/// The eight searches of <c>scripts/bench-http.sh</c>, as the endpoint parses them (page 1, 20 hits, relevance). Facet values
/// are the synthetic practices' own (until 2026-11-22 the script asked for demo-data labels such as "Patients", which no
/// synthetic practice has, so seven of its eight searches found nothing).
/// </summary>
public static class HttpQueries
{
    public static readonly IReadOnlyList<(string Name, PracticeSearchQuery Query)> All =
    [
        Q("http-telemonitoring", "telemonitoring", (PracticeFacets.Type, "DigitalSolution"), (PracticeFacets.Country, "NL"), (PracticeFacets.Trl, "7")),
        Q("http-depression", "depression online", (PracticeFacets.CareSetting, "primary"), (PracticeFacets.Language, "en"), (PracticeFacets.EvidenceType, "rct")),
        Q("http-diabetes", "diabetes", (PracticeFacets.Country, "ES"), (PracticeFacets.TargetGroup, "patients"), (PracticeFacets.Type, "DigitalSolution")),
        Q("http-hjertesvikt", "hjertesvikt", (PracticeFacets.Language, "no"), (PracticeFacets.Country, "NO"), (PracticeFacets.CareSetting, "home")),
        Q("http-ziekenhuis", "ziekenhuis", (PracticeFacets.Country, "NL"), (PracticeFacets.Trl, "8"), (PracticeFacets.Type, "OrganisationalModel")),
        Q("http-strategy", "strategy", (PracticeFacets.Type, "Policy"), (PracticeFacets.Country, "DE"), (PracticeFacets.Language, "de")),
        Q("http-telemon*", "telemon*", (PracticeFacets.TargetGroup, "professionals"), (PracticeFacets.Trl, "6"), (PracticeFacets.Country, "FR")),
        Q("http-video", "\"video consultation\"", (PracticeFacets.Type, "DigitalSolution"), (PracticeFacets.CareSetting, "hospital"), (PracticeFacets.Country, "DK")),
    ];

    private static (string, PracticeSearchQuery) Q(string name, string text, params (string Facet, string Value)[] filters) =>
        (name, new PracticeSearchQuery
        {
            Text = text,
            PageSize = 20,
            Filters = filters.ToDictionary(f => f.Facet, f => (IReadOnlyList<string>)[f.Value]),
        });
}
