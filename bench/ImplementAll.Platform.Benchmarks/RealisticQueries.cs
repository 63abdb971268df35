using ImplementAll.Platform.Core.Search;

namespace ImplementAll.Platform.Benchmarks;

/// <summary>Ten searches as users type them, in several languages, one with a typo, one a prefix, one a phrase; each with three facet filters.</summary>
public static class RealisticQueries
{
    public static readonly IReadOnlyList<(string Name, PracticeSearchQuery Query)> All =
    [
        Q("diabetes-en", "diabetes self-management", PracticeSort.Relevance, (PracticeFacets.Country, ["NL", "BE"]), (PracticeFacets.Trl, ["7", "8", "9"]), (PracticeFacets.CareSetting, ["home"])),
        Q("heart-failure", "telemonitoring heart failure", PracticeSort.Relevance, (PracticeFacets.Type, ["DigitalSolution"]), (PracticeFacets.Country, ["DE", "NL", "NO"]), (PracticeFacets.TargetGroup, ["patients"])),
        Q("typo", "medicaton adherence", PracticeSort.Relevance, (PracticeFacets.Country, ["NL"]), (PracticeFacets.Who, ["DHI-1.1", "DHI-1.2"]), (PracticeFacets.EvidenceType, ["rct", "observational"])),
        Q("prefix", "telem", PracticeSort.Relevance, (PracticeFacets.Type, ["DigitalSolution", "Service"]), (PracticeFacets.Trl, ["6", "7", "8"]), (PracticeFacets.Language, ["en"])),
        Q("phrase", "\"care at home\" older adults", PracticeSort.Relevance, (PracticeFacets.TargetGroup, ["patients", "older-adults", "carers"]), (PracticeFacets.Type, ["DigitalSolution", "OrganisationalModel", "Service"]), (PracticeFacets.Trl, ["3", "4", "5", "6", "7", "8", "9"])),
        Q("dutch", "ziekenhuizen thuiszorg", PracticeSort.Relevance, (PracticeFacets.Country, ["NL", "BE"]), (PracticeFacets.TargetGroup, ["older-adults", "patients"]), (PracticeFacets.Type, ["OrganisationalModel", "Service"])),
        Q("german", "Krankenhaus Pflege", PracticeSort.Recency, (PracticeFacets.Country, ["DE", "AT"]), (PracticeFacets.CareSetting, ["hospital", "nursing-home"]), (PracticeFacets.Trl, ["4", "5", "6", "7"])),
        Q("norwegian", "sykehusene pasient", PracticeSort.Maturity, (PracticeFacets.Country, ["NO"]), (PracticeFacets.Who, ["DHI-2.1", "DHI-1.1"]), (PracticeFacets.Language, ["no", "en"])),
        Q("spanish-french", "pacientes crónicos", PracticeSort.Relevance, (PracticeFacets.Country, ["ES", "FR"]), (PracticeFacets.Stage, ["dha-stage-05", "dha-stage-06", "dha-stage-07"]), (PracticeFacets.EvidenceType, ["pilot", "rct"])),
        Q("browse", "", PracticeSort.Maturity, (PracticeFacets.Type, ["DigitalSolution"]), (PracticeFacets.Country, ["NL", "DE", "FR"]), (PracticeFacets.CareSetting, ["home"])),
    ];

    private static (string, PracticeSearchQuery) Q(string name, string text, PracticeSort sort, params (string Facet, string[] Values)[] filters) =>
        (name, new PracticeSearchQuery
        {
            Text = text,
            Sort = sort,
            PageSize = 20,
            Filters = filters.ToDictionary(f => f.Facet, f => (IReadOnlyList<string>)f.Values),
        });
}
