using System.Text.Json;

namespace ImplementAll.Platform.Web.Features.Reference;

public sealed record ReferenceSource(string Citation, string? Url, string? Licence);

/// <summary>One entry of a taxonomy, flattened from whatever nesting its file uses.</summary>
public sealed record ReferenceTerm(string Id, string Label, string? Code, string? ParentId, int Depth, JsonElement Raw);

/// <summary>A reference taxonomy loaded from a data file, with the source and licence it must be shown with.</summary>
public sealed record ReferenceTaxonomy(
    string Key, string Name, string Version, IReadOnlyList<ReferenceSource> Sources, string Notes, bool Enabled,
    IReadOnlyList<ReferenceTerm> Terms, JsonElement Items)
{
    private readonly Dictionary<string, ReferenceTerm> byId = Terms.GroupBy(t => t.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public ReferenceTerm? Find(string id) => byId.GetValueOrDefault(id);

    public bool Contains(string id) => byId.ContainsKey(id);

    /// <summary>True when any source carries a non-commercial licence, which users must be told before reuse.</summary>
    public bool NonCommercial => Sources.Any(s => s.Licence?.Contains("NC", StringComparison.Ordinal) == true);
}

/// <summary>
/// The reference taxonomies (ERIC, CFIR, WHO classifications, TRL, implementation stages, ...) read from
/// <c>Reference/Data/*.json</c> at start. Nothing in the code lists their terms; an operator can switch a taxonomy off
/// with <c>Reference:Disabled</c> (for example the WHO lists, licensed non-commercial share-alike).
/// </summary>
public sealed class ReferenceCatalogue
{
    public const string Trl = "trl";
    public const string Stages = "dha-stages";
    public const string WhoInterventions = "who-cdhi-v2";

    private readonly Dictionary<string, ReferenceTaxonomy> taxonomies;

    public ReferenceCatalogue(string folder, IEnumerable<string> disabled)
    {
        var off = disabled.ToHashSet(StringComparer.OrdinalIgnoreCase);
        taxonomies = Directory.EnumerateFiles(folder, "*.json")
            .Select(path => Load(path, off))
            .ToDictionary(t => t.Key, StringComparer.Ordinal);
    }

    public IEnumerable<ReferenceTaxonomy> All => taxonomies.Values.OrderBy(t => t.Name, StringComparer.Ordinal);

    /// <summary>The taxonomy, or null when it is missing or switched off.</summary>
    public ReferenceTaxonomy? Enabled(string key) => taxonomies.TryGetValue(key, out var t) && t.Enabled ? t : null;

    public ReferenceTaxonomy? Find(string key) => taxonomies.GetValueOrDefault(key);

    private static ReferenceTaxonomy Load(string path, HashSet<string> disabled)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement.Clone();
        var key = Path.GetFileNameWithoutExtension(path);
        var sources = root.GetProperty("source").EnumerateArray()
            .Select(s => new ReferenceSource(Text(s, "citation") ?? "", Text(s, "url"), Text(s, "licence")))
            .ToList();
        var terms = new List<ReferenceTerm>();
        var items = root.GetProperty("items");
        Flatten(items, null, 0, terms);
        return new ReferenceTaxonomy(key, Text(root, "name") ?? key, Text(root, "version") ?? "", sources, Text(root, "notes") ?? "",
            !disabled.Contains(key), terms, items);
    }

    // Files nest terms differently (groups > categories > interventions, clusters > strategies, ...): any object with an
    // id and a label or name is a term, and its nested arrays hold its children.
    private static void Flatten(JsonElement element, string? parent, int depth, List<ReferenceTerm> terms)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in element.EnumerateArray())
            {
                Flatten(child, parent, depth, terms);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var id = Text(element, "id");
        var label = Text(element, "label") ?? Text(element, "name");
        var next = parent;
        var nextDepth = depth;
        if (id is not null && label is not null)
        {
            terms.Add(new ReferenceTerm(id, label, Text(element, "code") ?? Number(element, "level") ?? Number(element, "number"), parent, depth, element));
            next = id;
            nextDepth = depth + 1;
        }

        foreach (var property in element.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array))
        {
            Flatten(property.Value, next, nextDepth, terms);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetRawText() : null;
}
