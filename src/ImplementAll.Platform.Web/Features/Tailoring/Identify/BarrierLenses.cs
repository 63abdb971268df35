using ImplementAll.Platform.Web.Features.Reference;
using ImplementAll.Platform.Web.Features.Tailoring.Matching;
using ImplementAll.Platform.Web.Platform.Hosting;
using static ImplementAll.Platform.Web.Features.Tailoring.Matching.ReferenceJson;

namespace ImplementAll.Platform.Web.Features.Tailoring.Identify;

public sealed record LensOption(string Id, string Label, string? Group);

public sealed record LensSource(string Key, string Name, IReadOnlyList<ReferenceSource> Sources);

/// <summary>
/// The reference codes a barrier can carry, read from the reference data rather than listed in code: ItFits barrier
/// themes, CFIR 2.0 constructs and sub-constructs, the Health Foundation's seven factors, and the CFIR-ERIC tool
/// barriers that drive strategy matching.
/// </summary>
public sealed class BarrierLenses : IUseCase
{
    public const string ItFits = "itfits";
    public const string ThemeGroup = "itfits-barriers";
    public const string Cfir = "cfir";
    public const string Cfir2Group = "cfir2";
    public const string HealthFoundation = "health-foundation-factors";

    public BarrierLenses(ReferenceCatalogue catalogue, StrategyMatcher matcher)
    {
        var itfits = Required(catalogue, ItFits);
        var cfir = Required(catalogue, Cfir);
        var health = Required(catalogue, HealthFoundation);
        Themes = itfits.Terms.Where(t => t.ParentId == ThemeGroup).Select(t => new LensOption(t.Id, t.Label, null)).ToList();
        var domains = cfir.Terms.Where(t => t.ParentId == Cfir2Group).ToDictionary(t => t.Id, t => t.Label);
        CfirConstructs = cfir.Terms.Where(t => Text(t.Raw, "level") is "construct" or "subconstruct" && t.Id.StartsWith(Cfir2Group + "-", StringComparison.Ordinal))
            .Select(t => new LensOption(t.Id, $"{t.Code} {t.Label}", DomainOf(t, cfir, domains))).ToList();
        HealthFactors = health.Terms.Select(t => new LensOption(t.Id, t.Label, null)).ToList();
        MatchingBarriers = matcher.Barriers.All.Select(b => new LensOption(b.Id, b.Name, b.Domain)).ToList();
        Sources = new[] { itfits, cfir, health }.Select(t => new LensSource(t.Key, t.Name, t.Sources)).ToList();
    }

    public IReadOnlyList<LensOption> Themes { get; }
    public IReadOnlyList<LensOption> CfirConstructs { get; }
    public IReadOnlyList<LensOption> HealthFactors { get; }
    public IReadOnlyList<LensOption> MatchingBarriers { get; }

    /// <summary>The taxonomies a barrier draws on, shown with their sources and licences.</summary>
    public IReadOnlyList<LensSource> Sources { get; }

    public static string? Name(IReadOnlyList<LensOption> options, string? id) => id is null ? null : options.FirstOrDefault(o => o.Id == id)?.Label;

    private static string? DomainOf(ReferenceTerm term, ReferenceTaxonomy cfir, Dictionary<string, string> domains)
    {
        var parent = term.ParentId;
        while (parent is not null && !domains.ContainsKey(parent))
        {
            parent = cfir.Find(parent)?.ParentId;
        }

        return parent is null ? null : domains[parent];
    }
}
