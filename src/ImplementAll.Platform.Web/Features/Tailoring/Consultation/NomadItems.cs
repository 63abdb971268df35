using System.Text.Json;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Reference;
using ImplementAll.Platform.Web.Platform.Hosting;
using static ImplementAll.Platform.Web.Features.Tailoring.Matching.ReferenceJson;

namespace ImplementAll.Platform.Web.Features.Tailoring.Consultation;

public sealed record NomadItem(string Code, string ConstructId, string SubconstructId, string Text);

public sealed record NomadItemSet(string Source, bool Placeholder, IReadOnlyList<NomadItem> Items);

/// <summary>
/// The NoMAD items a normalisation wave asks. No open licence for the item wording was found, so the wording comes from a
/// JSON file the operator holds (<c>Tailoring:NomadItemsFile</c>):
/// <c>{ "source": "...", "items": [ { "code": "...", "subconstruct": "nomad-coherence-1", "text": "..." } ] }</c>.
/// The file must fit the reference structure: every item names a known sub-construct and each construct has exactly its
/// reference number of items. Without a file, clearly labelled placeholders of the same structure stand in.
/// </summary>
public sealed class NomadItems(IConfiguration configuration, IHostEnvironment environment, ReferenceCatalogue catalogue, ILogger<NomadItems> logger)
    : IUseCase
{
    public const string FileKey = "Tailoring:NomadItemsFile";

    public Outcome<NomadItemSet> Load()
    {
        var structure = NomadStructure.From(catalogue);
        if (configuration[FileKey] is not { Length: > 0 } configured)
        {
            return Placeholders(structure);
        }

        var path = Path.GetFullPath(configured, environment.ContentRootPath);
        var problems = new List<string>();
        var set = Read(path, structure, problems);
        if (set is null || problems.Count > 0)
        {
            logger.LogError("The NoMAD items file {Path} ({Key}) is not valid: {Problems}", path, FileKey, string.Join(" ", problems));
            return Failure.Conflict("The NoMAD items file is not valid",
                $"The operator's NoMAD items file ({FileKey}) cannot be used, so no normalisation wave can open: {string.Join(" ", problems)}");
        }

        return set;
    }

    public static NomadItemSet Placeholders(NomadStructure structure) => new(
        $"Placeholder items: no licensed NoMAD items configured ({FileKey})", true,
        structure.Constructs.SelectMany(c => c.Subconstructs.SelectMany(s => Enumerable.Range(1, s.ItemCount).Select(n => new NomadItem(
            s.ItemCount == 1 ? s.Id : $"{s.Id}.{n}", c.Id, s.Id,
            $"[Placeholder item — {c.Name} / {s.Name}{(s.ItemCount == 1 ? "" : $" ({n} of {s.ItemCount})")}. Load the licensed NoMAD items: {FileKey}]"))))
            .ToList());

    private static NomadItemSet? Read(string path, NomadStructure structure, List<string> problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            problems.Add($"It could not be read as JSON ({exception.Message}).");
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            var items = Array(root, "items").Select((item, index) => Item(item, index, structure, problems)).OfType<NomadItem>().ToList();
            foreach (var construct in structure.Constructs)
            {
                var count = items.Count(i => i.ConstructId == construct.Id);
                if (count != construct.ItemCount)
                {
                    problems.Add($"{construct.Name} needs {construct.ItemCount} items; the file has {count}.");
                }
            }

            foreach (var duplicate in items.GroupBy(i => i.Code).Where(g => g.Count() > 1))
            {
                problems.Add($"The code '{duplicate.Key}' is used more than once.");
            }

            var source = Text(root, "source") is { Length: > 0 } named ? named : $"Operator file {Path.GetFileName(path)}";
            return new NomadItemSet(source[..Math.Min(source.Length, ProjectLimits.NameLength)], false, items);
        }
    }

    private static NomadItem? Item(JsonElement item, int index, NomadStructure structure, List<string> problems)
    {
        var (code, subconstruct, text) = (Text(item, "code"), Text(item, "subconstruct"), Text(item, "text"));
        var construct = subconstruct is null ? null : structure.ConstructOf(subconstruct);
        if (construct is null)
        {
            problems.Add($"Item {index + 1} names the sub-construct '{subconstruct}', which nomad.json does not have.");
            return null;
        }

        if (string.IsNullOrWhiteSpace(code) || code.Length > ProjectLimits.CodeLength || string.IsNullOrWhiteSpace(text) || text.Length > ProjectLimits.ShortTextLength)
        {
            problems.Add($"Item {index + 1} needs a code (at most {ProjectLimits.CodeLength} characters) and a text (at most {ProjectLimits.ShortTextLength}).");
            return null;
        }

        return new NomadItem(code.Trim(), construct.Id, subconstruct!, text.Trim());
    }
}
