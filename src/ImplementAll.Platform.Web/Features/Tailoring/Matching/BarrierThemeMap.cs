using System.Text.Json;
using ImplementAll.Platform.Web.Features.Reference;
using static ImplementAll.Platform.Web.Features.Tailoring.Matching.ReferenceJson;

namespace ImplementAll.Platform.Web.Features.Tailoring.Matching;

/// <summary>An ItFits barrier theme with the CFIR-ERIC tool barriers it maps to, and why.</summary>
public sealed record BarrierTheme(string Id, string Name, string Why, IReadOnlyList<ToolBarrier> Barriers);

/// <summary>
/// The platform's own mapping from ItFits barrier themes to CFIR-ERIC tool barriers, read from
/// <c>itfits-cfir-map.json</c> beside this class so it can be shown to users and changed without code.
/// Every id is checked against the reference data at start, so a typo fails loudly rather than hiding a barrier.
/// </summary>
public sealed class BarrierThemeMap
{
    public const string FileName = "itfits-cfir-map.json";
    public const string ThemesTaxonomyKey = "itfits";
    private const string ThemesGroupId = "itfits-barriers";

    private readonly Dictionary<string, BarrierTheme> byId;

    private BarrierThemeMap(string source, string notes, IReadOnlyList<BarrierTheme> themes)
    {
        Source = source;
        Notes = notes;
        Themes = themes;
        byId = themes.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    public string Source { get; }
    public string Notes { get; }
    public IReadOnlyList<BarrierTheme> Themes { get; }

    public BarrierTheme? Find(string themeId) => byId.GetValueOrDefault(themeId);

    /// <summary>The file as the Web SDK copies it beside the application (build and publish), else under the content root.</summary>
    public static string DefaultPath(string contentRoot)
    {
        var relative = Path.Combine("Features", "Tailoring", "Matching", FileName);
        var published = Path.Combine(AppContext.BaseDirectory, relative);
        return File.Exists(published) ? published : Path.Combine(contentRoot, relative);
    }

    public static BarrierThemeMap Load(string path, ReferenceCatalogue catalogue, ToolBarriers barriers)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        var names = ThemeNames(catalogue);
        var themes = Array(root, "themes").Select(entry =>
        {
            var id = Text(entry, "theme") ?? "";
            var name = names.GetValueOrDefault(id) ?? throw new InvalidOperationException($"{FileName}: '{id}' is not an ItFits barrier theme in {ThemesTaxonomyKey}.json.");
            var mapped = Array(entry, "barriers").Select(b => b.ValueKind == JsonValueKind.String ? b.GetString()! : b.GetRawText())
                .Select(b => barriers.Find(b) ?? throw new InvalidOperationException($"{FileName}: '{b}' (theme {id}) is not a CFIR-ERIC tool barrier in cfir.json."))
                .ToList();
            return new BarrierTheme(id, name, Text(entry, "why") ?? "", mapped);
        }).ToList();

        var missing = names.Keys.Except(themes.Select(t => t.Id)).ToList();
        if (missing.Count > 0 || themes.Any(t => t.Barriers.Count == 0))
        {
            throw new InvalidOperationException($"{FileName} must map every ItFits barrier theme to at least one barrier; unmapped: {string.Join(", ", missing)}.");
        }

        return new BarrierThemeMap(Text(root, "source") ?? "", Text(root, "notes") ?? "", themes);
    }

    private static Dictionary<string, string> ThemeNames(ReferenceCatalogue catalogue)
    {
        var group = Required(catalogue, ThemesTaxonomyKey).Items.EnumerateArray().FirstOrDefault(g => Text(g, "id") == ThemesGroupId);
        return Array(group, "items").ToDictionary(t => Text(t, "id") ?? "", t => Text(t, "name") ?? "", StringComparer.Ordinal);
    }
}
