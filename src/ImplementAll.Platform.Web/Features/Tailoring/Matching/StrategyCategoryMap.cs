using System.Text.Json;
using ImplementAll.Platform.Web.Features.Reference;
using static ImplementAll.Platform.Web.Features.Tailoring.Matching.ReferenceJson;

namespace ImplementAll.Platform.Web.Features.Tailoring.Matching;

/// <summary>An ItFits strategy category (<c>itfits-s1</c> to <c>itfits-s6</c>), named as in <c>itfits.json</c>.</summary>
public sealed record StrategyCategory(string Id, string Name);

/// <summary>An ERIC cluster with the ItFits strategy category its strategies take, and why.</summary>
public sealed record ClusterCategory(string ClusterId, string ClusterName, StrategyCategory Category, string Why);

/// <summary>
/// The platform's own mapping from the nine ERIC clusters to the six ItFits strategy categories, read from
/// <c>eric-cluster-itfits-category.json</c> beside this class so it can be shown to users and changed without code.
/// Every id is checked against the reference data, and every cluster must be mapped, so a typo stops the host.
/// </summary>
public sealed class StrategyCategoryMap
{
    public const string FileName = "eric-cluster-itfits-category.json";
    private const string CategoriesGroupId = "itfits-strategies";

    private readonly Dictionary<string, StrategyCategory> categoryById;
    private readonly Dictionary<string, ClusterCategory> byCluster;

    private StrategyCategoryMap(string source, string notes, IReadOnlyList<StrategyCategory> categories, IReadOnlyList<ClusterCategory> clusters)
    {
        Source = source;
        Notes = notes;
        Categories = categories;
        Clusters = clusters;
        categoryById = categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        byCluster = clusters.ToDictionary(c => c.ClusterId, StringComparer.Ordinal);
    }

    public string Source { get; }
    public string Notes { get; }
    public IReadOnlyList<StrategyCategory> Categories { get; }
    public IReadOnlyList<ClusterCategory> Clusters { get; }

    public StrategyCategory? FindCategory(string categoryId) => categoryById.GetValueOrDefault(categoryId);

    /// <summary>The category of an ERIC cluster; every cluster has one (checked at load).</summary>
    public StrategyCategory ForCluster(string clusterId) => byCluster[clusterId].Category;

    /// <summary>Beside the theme map: both are data files of this feature, copied and found the same way.</summary>
    public static string DefaultPath(string contentRoot) =>
        Path.Combine(Path.GetDirectoryName(BarrierThemeMap.DefaultPath(contentRoot))!, FileName);

    public static StrategyCategoryMap Load(string path, ReferenceCatalogue catalogue, EricStrategies strategies)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        var categoryList = Array(Required(catalogue, BarrierThemeMap.ThemesTaxonomyKey).Items.EnumerateArray()
                .FirstOrDefault(g => Text(g, "id") == CategoriesGroupId), "items")
            .Select(c => new StrategyCategory(Text(c, "id") ?? "", Text(c, "name") ?? ""))
            .ToList();
        var categories = categoryList.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var clusterNames = strategies.All.GroupBy(s => s.ClusterId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().ClusterName);

        var clusters = Array(root, "clusters").Select(entry =>
        {
            var clusterId = Text(entry, "cluster") ?? "";
            var categoryId = Text(entry, "category") ?? "";
            var name = clusterNames.GetValueOrDefault(clusterId)
                ?? throw new InvalidOperationException($"{FileName}: '{clusterId}' is not an ERIC cluster in {EricStrategies.TaxonomyKey}.json.");
            var category = categories.GetValueOrDefault(categoryId)
                ?? throw new InvalidOperationException($"{FileName}: '{categoryId}' (cluster {clusterId}) is not an ItFits strategy category in itfits.json.");
            return new ClusterCategory(clusterId, name, category, Text(entry, "why") ?? "");
        }).ToList();

        var twice = clusters.GroupBy(c => c.ClusterId).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var missing = clusterNames.Keys.Except(clusters.Select(c => c.ClusterId)).ToList();
        if (twice.Count > 0 || missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"{FileName} must map every ERIC cluster exactly once; unmapped: {string.Join(", ", missing)}; mapped twice: {string.Join(", ", twice)}.");
        }

        return new StrategyCategoryMap(Text(root, "source") ?? "", Text(root, "notes") ?? "", categoryList, clusters);
    }
}

/// <summary>Loads the category map when the host starts, so a wrong id in the file stops the host rather than the first Match page.</summary>
internal sealed class StrategyCategoryCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<StrategyCategoryMap>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
