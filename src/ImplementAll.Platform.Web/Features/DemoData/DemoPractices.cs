using System.Text.Json;
using System.Text.Json.Serialization;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.Web.Features.Practices;

namespace ImplementAll.Platform.Web.Features.DemoData;

/// <summary>
/// One entry of <c>demo-practices.json</c>: a practice exactly as the API would receive it, the demo organisation that
/// owns it, and where it stands in the review workflow. Times are relative to the moment of seeding, so a demo seeded
/// today and one seeded next year show the same mix of fresh and stale entries.
/// </summary>
public sealed class DemoPractice
{
    /// <summary>Slug of the owning demo organisation (see <see cref="DemoOrganisations"/>).</summary>
    public string Owner { get; set; } = "";

    public PracticeStatus Status { get; set; }

    /// <summary>Published and archived entries: months since the first publication (defaults to the last confirmation).</summary>
    public int? PublishedMonthsAgo { get; set; }

    /// <summary>Published and archived entries: months since the owner last confirmed the entry; 13 or more shows it as stale.</summary>
    public int? LastConfirmedMonthsAgo { get; set; }

    /// <summary>Drafts, submitted and changes-requested entries: days since the last step; archived entries: days since archiving.</summary>
    public int? UpdatedDaysAgo { get; set; }

    /// <summary>The text of the last review step: the owner's note on submission, the curator's request for changes, or the reason for archiving.</summary>
    public string? ReviewNote { get; set; }

    public PracticeInput Practice { get; set; } = new();
}

public sealed class DemoPracticeFile
{
    public string? Notes { get; set; }
    public List<DemoPractice> Practices { get; set; } = [];
}

public static class DemoPractices
{
    public const string FileName = "demo-practices.json";

    /// <summary>Where the build copies the file (a content item of the web project).</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Features", "DemoData", FileName);

    /// <summary>The API's conventions (camelCase, enums by name), but strict: a misspelt field fails instead of being dropped.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static IReadOnlyList<DemoPractice> Load(string path)
    {
        using var stream = File.OpenRead(path);
        return (JsonSerializer.Deserialize<DemoPracticeFile>(stream, Json) ?? throw new InvalidDataException($"{path} is empty.")).Practices;
    }

    /// <summary>What is inconsistent about an entry's owner and workflow fields; the practice itself is checked by <see cref="PracticeRules"/>.</summary>
    public static IReadOnlyList<string> WorkflowProblems(DemoPractice demo)
    {
        var problems = new List<string>();
        if (!DemoOrganisations.All.Any(o => o.Slug == demo.Owner))
        {
            problems.Add($"'{demo.Owner}' is not a demo organisation.");
        }

        if (demo.Practice.Type is null)
        {
            problems.Add("The type is missing.");
        }

        var published = demo.Status is PracticeStatus.Published or PracticeStatus.Archived;
        if (published && demo.LastConfirmedMonthsAgo is null)
        {
            problems.Add("A published or archived entry needs lastConfirmedMonthsAgo.");
        }

        if (published && demo.PublishedMonthsAgo < demo.LastConfirmedMonthsAgo)
        {
            problems.Add("An entry cannot be confirmed before it was published.");
        }

        if (!published && (demo.PublishedMonthsAgo is not null || demo.LastConfirmedMonthsAgo is not null))
        {
            problems.Add("Only published and archived entries have publication or confirmation times.");
        }

        if (demo.PublishedMonthsAgo < 0 || demo.LastConfirmedMonthsAgo < 0 || demo.UpdatedDaysAgo < 0)
        {
            problems.Add("Times must lie in the past.");
        }

        if (demo.Status == PracticeStatus.ChangesRequested && string.IsNullOrWhiteSpace(demo.ReviewNote))
        {
            problems.Add("A request for changes must say what should change (reviewNote).");
        }

        if (demo.ReviewNote?.Length > PracticeLimits.CommentLength)
        {
            problems.Add($"The review note can be at most {PracticeLimits.CommentLength} characters.");
        }

        return problems;
    }
}
