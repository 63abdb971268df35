using System.Text.RegularExpressions;
using ImplementAll.Platform.Core.Search;
using ImplementAll.Platform.Web.Features.Reference;
using ImplementAll.Platform.Web.Features.Shared;

namespace ImplementAll.Platform.Web.Features.Practices.Public;

/// <summary>Human labels for facet values and coded fields, taken from the reference data rather than written into pages.</summary>
public sealed partial class FacetLabels(ReferenceCatalogue catalogue)
{
    public static readonly IReadOnlyDictionary<string, string> FacetNames = new Dictionary<string, string>
    {
        [PracticeFacets.Type] = "Type",
        [PracticeFacets.Country] = "Country",
        [PracticeFacets.Trl] = "Technology readiness",
        [PracticeFacets.Stage] = "Implementation stage",
        [PracticeFacets.Who] = "WHO digital health intervention",
        [PracticeFacets.TargetGroup] = "Target group",
        [PracticeFacets.CareSetting] = "Care setting",
        [PracticeFacets.Language] = "Language",
        [PracticeFacets.EvidenceType] = "Evidence",
    };

    public string Value(string facet, string value) => facet switch
    {
        PracticeFacets.Type or PracticeFacets.EvidenceType => Words(value),
        PracticeFacets.Country => Countries.Name(value),
        PracticeFacets.Trl => $"TRL {value} · {Trl(value)}",
        PracticeFacets.Stage => Stage(value),
        PracticeFacets.Who => Who(value),
        PracticeFacets.Language => PracticeVocabulary.Languages.GetValueOrDefault(value, value),
        _ => value,
    };

    /// <summary>The reference file's short label where it has one: the full Horizon 2020 wording is too long for a filter.</summary>
    public string Trl(string level) =>
        catalogue.Enabled(ReferenceCatalogue.Trl)?.Terms.FirstOrDefault(t => t.Code == level) is { } term
            ? term.Raw.TryGetProperty("label_short", out var shortLabel) && shortLabel.GetString() is { Length: > 0 } text ? text : term.Label
            : level;

    public string Stage(string id) => catalogue.Enabled(ReferenceCatalogue.Stages)?.Find(id)?.Label ?? id;

    public string Who(string id) => catalogue.Enabled(ReferenceCatalogue.WhoInterventions)?.Find(id) is { } term ? $"{term.Code} {term.Label}" : id;

    /// <summary>"DigitalSolution" → "Digital solution".</summary>
    public static string Words(string pascal)
    {
        var spaced = CapitalWord().Replace(pascal, m => " " + m.Value.ToLowerInvariant()).Trim();
        return spaced.Length == 0 ? spaced : char.ToUpperInvariant(spaced[0]) + spaced[1..];
    }

    [GeneratedRegex("[A-Z][a-z]+|[A-Z]+(?![a-z])")]
    private static partial Regex CapitalWord();
}

public sealed record FacetOption(string Facet, Core.Search.FacetValue Value, bool Selected, string Label);
