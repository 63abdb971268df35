using ImplementAll.Platform.Web.Features.Reference;
using static ImplementAll.Platform.Web.Features.Tailoring.Matching.ReferenceJson;

namespace ImplementAll.Platform.Web.Features.Tailoring.Matching;

/// <summary>A CFIR (2009) construct as one of the 39 barriers of the CFIR-ERIC matching tool.</summary>
public sealed record ToolBarrier(string Id, string Name, string Domain);

/// <summary>The CFIR-ERIC tool barriers: the group of <c>cfir.json</c> that the matching data's barrier ids point to.</summary>
public sealed class ToolBarriers
{
    public const string TaxonomyKey = "cfir";
    /// <summary>The group in <c>cfir.json</c> holding the tool's barriers (named so in <c>cfir-eric-matching.json</c>'s notes).</summary>
    public const string GroupId = "cfir2009-eric";

    private readonly Dictionary<string, ToolBarrier> byId;
    private readonly Dictionary<string, ToolBarrier> byName;

    private ToolBarriers(IReadOnlyList<ToolBarrier> all)
    {
        All = all;
        byId = all.ToDictionary(b => b.Id, StringComparer.Ordinal);
        byName = all.GroupBy(b => b.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<ToolBarrier> All { get; }

    public ToolBarrier? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>By id (<c>cfir09-39</c>, ignoring case) or exact name as in <c>cfir.json</c> (ignoring case).</summary>
    public ToolBarrier? Resolve(string text)
    {
        var key = text.Trim();
        return byId.GetValueOrDefault(key.ToLowerInvariant()) ?? byName.GetValueOrDefault(key);
    }

    public static ToolBarriers From(ReferenceCatalogue catalogue)
    {
        var group = Required(catalogue, TaxonomyKey).Items.EnumerateArray().FirstOrDefault(g => Text(g, "id") == GroupId);
        var barriers = Array(group, "domains")
            .SelectMany(domain => Array(domain, "barriers").Select(b => (domain, b)))
            .Select(x => new ToolBarrier(Text(x.b, "id") ?? "", Text(x.b, "name") ?? "", Text(x.domain, "name") ?? ""))
            .Where(b => b.Id.Length > 0)
            .ToList();
        return barriers.Count > 0 ? new ToolBarriers(barriers)
            : throw new InvalidOperationException($"No CFIR-ERIC tool barriers found in the '{GroupId}' group of {TaxonomyKey}.json.");
    }
}
