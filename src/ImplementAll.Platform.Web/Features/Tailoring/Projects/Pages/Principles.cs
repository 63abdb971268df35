using System.Text.Json;
using ImplementAll.Platform.Web.Features.Reference;

namespace ImplementAll.Platform.Web.Features.Tailoring.Projects.Pages;

public sealed record Principle(string Id, string Name, string Advice);

/// <summary>
/// The ItFits working principles to show at each step. Names come from the reference data; where each one matters and
/// what it asks there come from <c>itfits-guidance.json</c> beside this feature, so both change without code.
/// </summary>
public sealed class Principles
{
    private readonly Dictionary<string, IReadOnlyList<Principle>> bySection;

    public Principles(ReferenceCatalogue catalogue)
    {
        using var file = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Features", "Tailoring", "Projects", "itfits-guidance.json")));
        var names = catalogue.Find("itfits") ?? throw new InvalidOperationException("The ItFits reference data (itfits.json) is missing.");
        var entries = file.RootElement.GetProperty("principles").EnumerateArray().Select(p =>
        {
            var id = p.GetProperty("id").GetString()!;
            var term = names.Find(id) ?? throw new InvalidOperationException($"itfits-guidance.json names '{id}', which itfits.json does not have.");
            return (Principle: new Principle(id, term.Label, p.GetProperty("advice").GetString()!),
                Steps: p.GetProperty("steps").EnumerateArray().Select(s => s.GetString()!).ToList());
        }).ToList();
        bySection = entries.SelectMany(e => e.Steps.Select(s => (Step: s, e.Principle)))
            .GroupBy(x => x.Step, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Principle>)g.Select(x => x.Principle).ToList(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The principles for a section: a module name (Identify, Match, Design, Apply) or Overview.</summary>
    public IReadOnlyList<Principle> For(string section) => bySection.GetValueOrDefault(section) ?? [];
}
