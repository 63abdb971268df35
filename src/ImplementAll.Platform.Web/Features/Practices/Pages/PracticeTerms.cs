using System.Globalization;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.Web.Features.Reference;
using ImplementAll.Platform.Web.Features.Shared;

namespace ImplementAll.Platform.Web.Features.Practices.Pages;

/// <summary>Readable labels for the codes a practice stores, from the reference data rather than written into the pages.</summary>
public static class PracticeTerms
{
    public static string TrlLabel(this ReferenceCatalogue catalogue, int level) =>
        catalogue.Enabled(ReferenceCatalogue.Trl)?.Terms.FirstOrDefault(t => t.Code == level.ToString(CultureInfo.InvariantCulture))?.Label ?? "";

    public static string StageLabel(this ReferenceCatalogue catalogue, string id) =>
        catalogue.Enabled(ReferenceCatalogue.Stages)?.Find(id)?.Label ?? id;

    public static string WhoLabel(this ReferenceCatalogue catalogue, string id) =>
        catalogue.Enabled(ReferenceCatalogue.WhoInterventions)?.Find(id) is { } term ? $"{term.Code} {term.Label}" : id;

    public static string Language(string code) => PracticeVocabulary.Languages.GetValueOrDefault(code, code);

    public static string CountryList(IEnumerable<string> codes) => string.Join(", ", codes.Select(Countries.Name));

    public static string LanguageList(IEnumerable<string> codes) => string.Join(", ", codes.Select(Language));

    /// <summary>A value from a revision diff, with the coded fields that snapshots store as numbers turned back into words.</summary>
    public static string DiffValue(string field, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? field switch
            {
                "type" when Enum.IsDefined((PracticeType)number) => WizardSteps.Label((PracticeType)number),
                "mdrClass" when Enum.IsDefined((MdrClass)number) => WizardSteps.Label((MdrClass)number),
                "costModel" when Enum.IsDefined((CostModel)number) => WizardSteps.Label((CostModel)number),
                _ => value,
            }
            : value;
}

/// <summary>The wizard's progress list: the step shown, and where to edit (null before the draft exists).</summary>
public sealed record WizardProgress(int Current, string? EditPath);

/// <summary>A practice shown for reading, with what stops it from being submitted next to the parts concerned.</summary>
public sealed record PracticeSummary(PracticeView Practice, IReadOnlyDictionary<string, string[]> Problems, string? EditPath);

/// <summary>One group of checkboxes sharing a form name; messages are looked up under <see cref="Name"/>.</summary>
public sealed record ChoiceList(string Legend, string Name, string IdPrefix, IReadOnlyList<KeyValuePair<string, string>> Options, IReadOnlyCollection<string> Selected, string? Hint = null);
