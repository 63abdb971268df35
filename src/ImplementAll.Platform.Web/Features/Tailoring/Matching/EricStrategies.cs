using System.Text.Json;
using ImplementAll.Platform.Web.Features.Reference;
using static ImplementAll.Platform.Web.Features.Tailoring.Matching.ReferenceJson;

namespace ImplementAll.Platform.Web.Features.Tailoring.Matching;

/// <summary>Where an importance/feasibility rating comes from: the strategy's own Waltz 2015 row, or its cluster's mean.</summary>
public enum RatingBasis
{
    None,
    Strategy,
    Cluster,
}

/// <summary>
/// An ERIC strategy with what Waltz 2015 says about it. <see cref="Importance"/> and <see cref="Feasibility"/> are the
/// strategy's own means where they were read, else its cluster's means (see <see cref="RatingBasis"/>), else null.
/// </summary>
public sealed record EricStrategy(
    string Id, int Number, string Name, string? AlternativeName, string ClusterId, string ClusterName,
    double? Importance, double? Feasibility, RatingBasis RatingBasis, string? GoZoneQuadrant);

/// <summary>The 73 ERIC strategies from <c>eric-strategies.json</c> (clusters holding strategies), looked up by id, number or exact name.</summary>
public sealed class EricStrategies
{
    public const string TaxonomyKey = "eric-strategies";

    private readonly Dictionary<string, EricStrategy> byId;
    private readonly Dictionary<string, EricStrategy> byKey = new(StringComparer.OrdinalIgnoreCase);

    private EricStrategies(IReadOnlyList<EricStrategy> all)
    {
        All = all;
        byId = all.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var strategy in all)
        {
            byKey.TryAdd(strategy.Id, strategy);
            byKey.TryAdd(strategy.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), strategy);
            byKey.TryAdd(strategy.Name, strategy);
            if (strategy.AlternativeName is { } alternative)
            {
                byKey.TryAdd(alternative, strategy);
            }
        }
    }

    public IReadOnlyList<EricStrategy> All { get; }

    public EricStrategy? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>By id (<c>eric-05</c>), number (<c>5</c> or <c>05</c>) or exact name (Powell 2015, or the Waltz 2015 spelling), ignoring case.</summary>
    public EricStrategy? Resolve(string text)
    {
        var key = text.Trim();
        return byKey.GetValueOrDefault(int.TryParse(key, out var number) ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : key);
    }

    public static EricStrategies From(ReferenceCatalogue catalogue)
    {
        var strategies = new List<EricStrategy>();
        foreach (var cluster in Required(catalogue, TaxonomyKey).Items.EnumerateArray())
        {
            var clusterId = Text(cluster, "id") ?? "";
            var clusterName = Text(cluster, "name") ?? clusterId;
            foreach (var row in Array(cluster, "strategies"))
            {
                strategies.Add(Read(row, clusterId, clusterName, Number(cluster, "mean_importance"), Number(cluster, "mean_feasibility")));
            }
        }

        return new EricStrategies(strategies.OrderBy(s => s.Number).ToList());
    }

    private static EricStrategy Read(JsonElement row, string clusterId, string clusterName, double? clusterImportance, double? clusterFeasibility)
    {
        var importance = Number(row, "importance");
        var feasibility = Number(row, "feasibility");
        var basis = importance is not null || feasibility is not null ? RatingBasis.Strategy
            : clusterImportance is not null || clusterFeasibility is not null ? RatingBasis.Cluster
            : RatingBasis.None;
        if (basis == RatingBasis.Cluster)
        {
            (importance, feasibility) = (clusterImportance, clusterFeasibility);
        }

        var id = Text(row, "id") ?? throw new InvalidOperationException($"An ERIC strategy in {clusterId} has no id.");
        return new EricStrategy(id, (int)(Number(row, "number") ?? 0), Text(row, "name") ?? id, Text(row, "name_in_waltz_2015"),
            clusterId, clusterName, importance, feasibility, basis, Text(row, "go_zone_quadrant"));
    }
}
