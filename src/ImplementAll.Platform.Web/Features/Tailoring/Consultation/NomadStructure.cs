using ImplementAll.Platform.Web.Features.Reference;
using static ImplementAll.Platform.Web.Features.Tailoring.Matching.ReferenceJson;

namespace ImplementAll.Platform.Web.Features.Tailoring.Consultation;

public sealed record NomadSubconstruct(string Id, string Name, int ItemCount);

public sealed record NomadConstruct(string Id, string Name, int ItemCount, IReadOnlyList<NomadSubconstruct> Subconstructs);

/// <summary>
/// The NoMAD instrument's shape as the reference data gives it (<c>nomad.json</c>): four Normalization Process Theory
/// constructs, their sub-constructs and how many items each has. The reference ships no item wording.
/// </summary>
public sealed class NomadStructure
{
    public const string TaxonomyKey = "nomad";

    private NomadStructure(IReadOnlyList<NomadConstruct> constructs) => Constructs = constructs;

    public IReadOnlyList<NomadConstruct> Constructs { get; }

    public int ItemCount => Constructs.Sum(c => c.ItemCount);

    public NomadConstruct? Construct(string id) => Constructs.FirstOrDefault(c => c.Id == id);

    /// <summary>The construct a sub-construct belongs to, or null for an id the reference does not have.</summary>
    public NomadConstruct? ConstructOf(string subconstructId) =>
        Constructs.FirstOrDefault(c => c.Subconstructs.Any(s => s.Id == subconstructId));

    public static NomadStructure From(ReferenceCatalogue catalogue)
    {
        var taxonomy = catalogue.Find(TaxonomyKey) ?? throw new InvalidOperationException("The NoMAD reference data (nomad.json) is missing.");
        var constructs = taxonomy.Items.EnumerateArray().Select(c => new NomadConstruct(
                Text(c, "id") ?? "", Text(c, "construct") ?? "", (int)(Number(c, "item_count") ?? 0),
                Array(c, "subconstructs").Select(s => new NomadSubconstruct(Text(s, "id") ?? "", Text(s, "name") ?? "", (int)(Number(s, "item_count") ?? 0))).ToList()))
            .ToList();
        if (constructs.Count == 0 || constructs.Any(c => c.Id.Length == 0 || c.Subconstructs.Count == 0 || c.ItemCount != c.Subconstructs.Sum(s => s.ItemCount)))
        {
            throw new InvalidOperationException("nomad.json does not describe constructs whose sub-construct item counts add up to the construct's.");
        }

        return new NomadStructure(constructs);
    }
}
