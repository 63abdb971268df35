using System.Text.RegularExpressions;
using ImplementAll.Platform.Core.Practices;

namespace ImplementAll.Platform.Web.Features.Practices.Pages;

public sealed record WizardStep(int Number, string Name, IReadOnlyList<string> Fields);

/// <summary>
/// The registration wizard's steps over <see cref="PracticeInput"/>: which fields each step owns, how a step's posted
/// fields are laid over the stored working copy, and which step to send someone to for a message about a field.
/// </summary>
public static partial class WizardSteps
{
    public const int Review = 6;

    /// <summary>Empty rows offered below the existing ones in repeatable sections, so no script is needed to add one.</summary>
    public const int EmptyRows = 2;

    public static readonly IReadOnlyList<WizardStep> All =
    [
        new(1, "Basics", [nameof(PracticeInput.Type), nameof(PracticeInput.Title), nameof(PracticeInput.Summary), nameof(PracticeInput.Description), nameof(PracticeInput.TextLanguage)]),
        new(2, "Where and for whom", [nameof(PracticeInput.CountriesOfOrigin), nameof(PracticeInput.CountriesOfDeployment), nameof(PracticeInput.Languages),
            nameof(PracticeInput.TargetGroups), nameof(PracticeInput.CareSettings), nameof(PracticeInput.HealthDomains), nameof(PracticeInput.Tags)]),
        new(3, "Classification and maturity", [nameof(PracticeInput.WhoCodes), nameof(PracticeInput.Trl), nameof(PracticeInput.TrlJustification),
            nameof(PracticeInput.Stage), nameof(PracticeInput.StageJustification), nameof(PracticeInput.Interoperability), nameof(PracticeInput.MdrClass),
            nameof(PracticeInput.CeMarked), nameof(PracticeInput.DpiaDone), nameof(PracticeInput.Licence), nameof(PracticeInput.CostModel)]),
        new(4, "Evidence and deployments", [nameof(PracticeInput.Evidence), nameof(PracticeInput.Deployments)]),
        new(5, "Contacts, links and transferability", [nameof(PracticeInput.Contacts), nameof(PracticeInput.Links), nameof(PracticeInput.TransferabilityNotes)]),
        new(Review, "Review and submit", []),
    ];

    public static WizardStep Get(int number) => All[Math.Clamp(number, 1, All.Count) - 1];

    /// <summary>The step that asks for a field, from a message key such as <c>Input.Evidence[0].Citation</c>; 0 when none does.</summary>
    public static int StepOf(string key)
    {
        var field = key.StartsWith("Input.", StringComparison.Ordinal) ? key["Input.".Length..] : key;
        var end = field.IndexOfAny(['.', '[']);
        var name = end < 0 ? field : field[..end];
        return All.FirstOrDefault(s => s.Fields.Contains(name))?.Number ?? 0;
    }

    /// <summary>Copies the fields of one step from what was posted onto the stored input; rows left completely empty are dropped.</summary>
    public static void Overlay(int step, PracticeInput posted, PracticeInput stored)
    {
        switch (step)
        {
            case 1:
                stored.Type = posted.Type;
                stored.Title = posted.Title ?? "";
                stored.Summary = posted.Summary;
                stored.Description = posted.Description;
                stored.TextLanguage = posted.TextLanguage;
                break;
            case 2:
                stored.CountriesOfOrigin = posted.CountriesOfOrigin;
                stored.CountriesOfDeployment = posted.CountriesOfDeployment;
                stored.Languages = posted.Languages;
                stored.TargetGroups = posted.TargetGroups;
                stored.CareSettings = posted.CareSettings;
                stored.HealthDomains = Split(posted.HealthDomains);
                stored.Tags = Split(posted.Tags);
                break;
            case 3:
                stored.WhoCodes = posted.WhoCodes;
                stored.Trl = posted.Trl;
                stored.TrlJustification = posted.TrlJustification;
                stored.Stage = posted.Stage;
                stored.StageJustification = posted.StageJustification;
                stored.Interoperability = Split(posted.Interoperability);
                stored.MdrClass = posted.MdrClass;
                stored.CeMarked = posted.CeMarked;
                stored.DpiaDone = posted.DpiaDone;
                stored.Licence = posted.Licence;
                stored.CostModel = posted.CostModel;
                break;
            case 4:
                stored.Evidence = posted.Evidence.Where(e => !IsEmpty(e)).Select(Normalise).ToList();
                stored.Deployments = posted.Deployments.Where(d => !IsEmpty(d)).Select(Normalise).ToList();
                break;
            case 5:
                stored.Contacts = posted.Contacts.Where(c => !IsEmpty(c)).Select(Normalise).ToList();
                stored.Links = posted.Links.Where(l => !IsEmpty(l)).Select(Normalise).ToList();
                stored.TransferabilityNotes = posted.TransferabilityNotes;
                break;
        }
    }

    /// <summary>Comma-separated text arrives as one entry per box; each entry may hold several values.</summary>
    public static List<string> Split(IEnumerable<string?> entries) =>
        entries.SelectMany(e => (e ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();

    public static string Join(IEnumerable<string> values) => string.Join(", ", values);

    /// <summary>"DigitalSolution" → "Digital solution"; medical device classes keep their capitals.</summary>
    public static string Label(Enum value) => value switch
    {
        MdrClass.NotAMedicalDevice => "Not a medical device",
        MdrClass.ClassI => "Class I",
        MdrClass.ClassIIa => "Class IIa",
        MdrClass.ClassIIb => "Class IIb",
        MdrClass.ClassIII => "Class III",
        _ => Words(value.ToString()),
    };

    /// <summary>"ChangesRequested" → "Changes requested", "countriesOfOrigin" → "Countries of origin".</summary>
    public static string Words(string name)
    {
        var spaced = WordStart().Replace(name, m => " " + m.Value.ToLowerInvariant()).Trim();
        return spaced.Length == 0 ? spaced : char.ToUpperInvariant(spaced[0]) + spaced[1..];
    }

    [GeneratedRegex("(?<=[a-z])[A-Z]")]
    private static partial Regex WordStart();

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static bool IsEmpty(EvidenceInput e) => e.Type is null && Blank(e.Citation) && Blank(e.DoiOrUrl) && e.Year is null && Blank(e.Outcome);

    private static bool IsEmpty(DeploymentInput d) => Blank(d.CountryCode) && Blank(d.Place) && d.Since is null && d.Users is null && d.Sites is null;

    private static bool IsEmpty(ContactInput c) => Blank(c.Name) && Blank(c.Email) && Blank(c.Role);

    private static bool IsEmpty(LinkInput l) => Blank(l.Title) && Blank(l.Url);

    // Model binding turns an empty box into null even where the input's type says string; the rules then explain what is missing.
    private static EvidenceInput Normalise(EvidenceInput e)
    {
        e.Citation ??= "";
        return e;
    }

    private static DeploymentInput Normalise(DeploymentInput d)
    {
        d.CountryCode ??= "";
        d.Place ??= "";
        return d;
    }

    private static ContactInput Normalise(ContactInput c)
    {
        c.Name ??= "";
        c.Email ??= "";
        return c;
    }

    private static LinkInput Normalise(LinkInput l)
    {
        l.Title ??= "";
        l.Url ??= "";
        return l;
    }
}
