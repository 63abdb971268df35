using System.ComponentModel.DataAnnotations;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Features.Reference;
using ImplementAll.Platform.Web.Features.Shared;

namespace ImplementAll.Platform.Web.Features.Practices;

/// <summary>
/// Checks a practice input beyond its annotations: every code against its reference list, every nested item, list sizes;
/// and, for submission, that the entry is complete enough for a curator to review.
/// </summary>
public sealed class PracticeRules(ReferenceCatalogue catalogue)
{
    public Failure? Check(PracticeInput input)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message) => (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);

        foreach (var result in Annotations(input, ""))
        {
            Add(result.Field, result.Message);
        }

        CheckCodes(input.CountriesOfOrigin, nameof(input.CountriesOfOrigin), Countries.IsValid, "is not an ISO 3166-1 alpha-2 country code", Add);
        CheckCodes(input.CountriesOfDeployment, nameof(input.CountriesOfDeployment), Countries.IsValid, "is not an ISO 3166-1 alpha-2 country code", Add);
        CheckCodes(input.Languages, nameof(input.Languages), PracticeVocabulary.Languages.ContainsKey, "is not an ISO 639-1 language code", Add);
        CheckCodes(input.TargetGroups, nameof(input.TargetGroups), PracticeVocabulary.TargetGroups.Contains, "is not a known target group", Add);
        CheckCodes(input.CareSettings, nameof(input.CareSettings), PracticeVocabulary.CareSettings.Contains, "is not a known care setting", Add);
        CheckCodes(input.HealthDomains, nameof(input.HealthDomains), _ => true, "", Add);
        CheckCodes(input.Interoperability, nameof(input.Interoperability), _ => true, "", Add);
        CheckCodes(input.Tags, nameof(input.Tags), _ => true, "", Add);
        if (input.TextLanguage is { } language && !PracticeVocabulary.Languages.ContainsKey(language))
        {
            Add(nameof(input.TextLanguage), $"'{language}' is not an ISO 639-1 language code.");
        }

        if (input.WhoCodes.Count > 0)
        {
            var who = catalogue.Enabled(ReferenceCatalogue.WhoInterventions);
            if (who is null)
            {
                Add(nameof(input.WhoCodes), "The WHO classification is switched off on this platform; leave the codes empty.");
            }
            else
            {
                CheckCodes(input.WhoCodes, nameof(input.WhoCodes), c => who.Find(c)?.Raw.TryGetProperty("level", out var l) == true && l.GetString() == "intervention",
                    "is not a WHO digital health intervention code (v2), such as CDHIv2-1.4.1", Add);
            }
        }

        if (input.Stage is { } stage && catalogue.Enabled(ReferenceCatalogue.Stages)?.Contains(stage) != true)
        {
            Add(nameof(input.Stage), $"'{stage}' is not one of the implementation stages (dha-stage-01 to dha-stage-10).");
        }

        CheckItems(input.Contacts, nameof(input.Contacts), Add);
        CheckItems(input.Evidence, nameof(input.Evidence), Add);
        CheckItems(input.Deployments, nameof(input.Deployments), Add);
        CheckItems(input.Links, nameof(input.Links), Add);
        for (var i = 0; i < input.Deployments.Count; i++)
        {
            if (!Countries.IsValid(input.Deployments[i].CountryCode))
            {
                Add($"{nameof(input.Deployments)}[{i}].{nameof(DeploymentInput.CountryCode)}", "Choose a country by its ISO 3166-1 alpha-2 code.");
            }
        }

        for (var i = 0; i < input.Links.Count; i++)
        {
            if (!SafeUrls.IsWebAddress(input.Links[i].Url))
            {
                Add($"{nameof(input.Links)}[{i}].{nameof(LinkInput.Url)}", "Only http and https addresses can be linked.");
            }
        }

        return errors.Count == 0
            ? null
            : new Failure(FailureKind.Invalid, "The practice is not valid", "One or more fields are not valid.", errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }

    /// <summary>What a curator needs before reviewing: the entry must say what it is, where it stands and who to ask.</summary>
    public static Failure? ReadyForReview(Practice practice)
    {
        var missing = new Dictionary<string, string[]>();
        if (practice.Summary.Length < 20)
        {
            missing[nameof(PracticeInput.Summary)] = ["Write a summary of at least 20 characters."];
        }

        if (practice.Description.Length < 50)
        {
            missing[nameof(PracticeInput.Description)] = ["Describe the practice in at least 50 characters."];
        }

        if (practice.CountriesOfOrigin.Count == 0)
        {
            missing[nameof(PracticeInput.CountriesOfOrigin)] = ["Name at least one country of origin."];
        }

        if (string.IsNullOrWhiteSpace(practice.Maturity.TrlJustification) || string.IsNullOrWhiteSpace(practice.Maturity.StageJustification))
        {
            missing[nameof(PracticeInput.TrlJustification)] = ["Justify the maturity level and the implementation stage."];
        }

        if (practice.Contacts.Count == 0)
        {
            missing[nameof(PracticeInput.Contacts)] = ["Add at least one contact."];
        }

        return missing.Count == 0
            ? null
            : new Failure(FailureKind.Invalid, "Not ready for review", "Complete the missing parts before submitting.", missing);
    }

    private static void CheckCodes(List<string> values, string field, Func<string, bool> known, string problem, Action<string, string> add)
    {
        if (values.Count > PracticeLimits.ListLength)
        {
            add(field, $"At most {PracticeLimits.ListLength} entries.");
        }

        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value) || value.Length > PracticeLimits.ItemLength)
            {
                add(field, $"Entries must be 1 to {PracticeLimits.ItemLength} characters.");
            }
            else if (!known(value))
            {
                add(field, $"'{value}' {problem}.");
            }
        }
    }

    private static void CheckItems<T>(List<T> items, string field, Action<string, string> add)
        where T : class
    {
        if (items.Count > PracticeLimits.ListLength)
        {
            add(field, $"At most {PracticeLimits.ListLength} entries.");
        }

        for (var i = 0; i < items.Count; i++)
        {
            foreach (var result in Annotations(items[i], $"{field}[{i}]."))
            {
                add(result.Field, result.Message);
            }
        }
    }

    private static IEnumerable<(string Field, string Message)> Annotations(object instance, string prefix)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        return results.SelectMany(r => r.MemberNames.Select(m => (prefix + m, r.ErrorMessage ?? "Invalid value.")));
    }
}
