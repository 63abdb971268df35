using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Practices.Public;

/// <summary>Up to three published practices side by side.</summary>
public sealed class CompareModel(PracticeReader reader, FacetLabels labels) : PageModel
{
    public const int MaxPractices = 3;

    public IReadOnlyList<PracticeView> Practices { get; private set; } = [];
    public FacetLabels Labels => labels;
    public string? Problem { get; private set; }

    public async Task OnGetAsync(Guid[] ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct().ToList();
        if (distinct.Count > MaxPractices)
        {
            Problem = $"Compare at most {MaxPractices} practices at a time; the first {MaxPractices} are shown.";
            distinct = distinct.Take(MaxPractices).ToList();
        }

        var found = await reader.PublishedAsync(distinct, cancellationToken);
        Practices = distinct.Select(id => found.FirstOrDefault(p => p.Id == id)).OfType<PracticeView>().ToList();
        if (Practices.Count == 0)
        {
            Problem ??= "Choose practices to compare from the search results.";
        }
    }
}
