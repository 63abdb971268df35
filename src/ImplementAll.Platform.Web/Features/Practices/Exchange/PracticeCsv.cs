using ImplementAll.Platform.Core.Practices;

namespace ImplementAll.Platform.Web.Features.Practices.Exchange;

/// <summary>
/// The CSV shape of a practice: one row each, lists separated by semicolons. Nested items (evidence, deployments,
/// contacts, links) need the JSON format.
/// </summary>
public static class PracticeCsv
{
    public static readonly string[] Columns =
    [
        "type", "title", "summary", "description", "textLanguage", "countriesOfOrigin", "countriesOfDeployment", "languages", "targetGroups",
        "careSettings", "healthDomains", "whoCodes", "interoperability", "tags", "trl", "trlJustification", "stage", "stageJustification",
        "mdrClass", "ceMarked", "dpiaDone", "licence", "costModel", "transferabilityNotes",
    ];

    public static string Write(IEnumerable<PracticeView> practices) =>
        string.Join("\r\n", practices.Select(p => Csv.Line(
        [
            p.Type.ToString(), p.Title, p.Summary, p.Description, p.TextLanguage, L(p.CountriesOfOrigin), L(p.CountriesOfDeployment), L(p.Languages),
            L(p.TargetGroups), L(p.CareSettings), L(p.HealthDomains), L(p.WhoCodes), L(p.Interoperability), L(p.Tags), p.Trl.ToString(), p.TrlJustification,
            p.Stage, p.StageJustification, p.MdrClass.ToString(), p.CeMarked ? "true" : "false", p.DpiaDone ? "true" : "false", p.Licence,
            p.CostModel.ToString(), p.TransferabilityNotes,
        ])).Prepend(Csv.Line(Columns))) + "\r\n";

    /// <summary>Reads one data row by header name; a value that cannot be read is reported as that column's error.</summary>
    public static (PracticeInput Input, Dictionary<string, string[]> Errors) Read(IReadOnlyDictionary<string, string> row)
    {
        var errors = new Dictionary<string, string[]>();
        string? Get(string column) => row.TryGetValue(column, out var v) && v.Length > 0 ? v : null;
        T? Parse<T>(string column)
            where T : struct, Enum
        {
            if (Get(column) is not { } text)
            {
                return null;
            }

            if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value))
            {
                return value;
            }

            errors[column] = [$"'{text}' is not one of: {string.Join(", ", Enum.GetNames<T>())}."];
            return null;
        }

        int? trl = null;
        if (Get("trl") is { } trlText)
        {
            if (int.TryParse(trlText, out var level))
            {
                trl = level;
            }
            else
            {
                errors["trl"] = [$"'{trlText}' is not a number."];
            }
        }

        var input = new PracticeInput
        {
            Type = Parse<PracticeType>("type"), Title = Get("title") ?? "", Summary = Get("summary"), Description = Get("description"),
            TextLanguage = Get("textLanguage") ?? "en", CountriesOfOrigin = List(Get("countriesOfOrigin")), CountriesOfDeployment = List(Get("countriesOfDeployment")),
            Languages = List(Get("languages")), TargetGroups = List(Get("targetGroups")), CareSettings = List(Get("careSettings")),
            HealthDomains = List(Get("healthDomains")), WhoCodes = List(Get("whoCodes")), Interoperability = List(Get("interoperability")), Tags = List(Get("tags")),
            Trl = trl, TrlJustification = Get("trlJustification"), Stage = Get("stage"), StageJustification = Get("stageJustification"),
            MdrClass = Parse<MdrClass>("mdrClass"), CeMarked = Get("ceMarked") is "true" or "yes", DpiaDone = Get("dpiaDone") is "true" or "yes",
            Licence = Get("licence"), CostModel = Parse<CostModel>("costModel"), TransferabilityNotes = Get("transferabilityNotes"),
        };
        return (input, errors);
    }

    private static string L(IEnumerable<string> values) => string.Join(";", values);

    private static List<string> List(string? text) =>
        text is null ? [] : text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
