using ImplementAll.Platform.Web.Features.Reference;

namespace ImplementAll.Platform.Web.Features.Tailoring.Design;

public sealed record OutcomeOption(string Id, string Name);

/// <summary>The outcomes a success indicator can be tied to, with the source they must be shown with (<c>/reference/proctor-outcomes</c>).</summary>
public sealed record OutcomeList(string Taxonomy, IReadOnlyList<ReferenceSource> Sources, string Reference, IReadOnlyList<OutcomeOption> Outcomes);

/// <summary>Proctor's implementation outcomes, named by the reference data rather than by the code.</summary>
public static class ProctorOutcomes
{
    public const string Key = "proctor-outcomes";

    // The file also lists the service and client outcomes of the same paper's model; success indicators measure implementation.
    private const string ImplementationGroup = "proctor-impl";

    public static OutcomeList Of(ReferenceCatalogue catalogue)
    {
        var taxonomy = catalogue.Find(Key) ?? throw new InvalidOperationException($"The reference data {Key}.json is missing; success indicators need it.");
        var outcomes = taxonomy.Terms.Where(t => t.ParentId == ImplementationGroup).Select(t => new OutcomeOption(t.Id, t.Label)).ToList();
        return new OutcomeList(taxonomy.Name, taxonomy.Sources, $"/reference/{Key}", outcomes);
    }
}
