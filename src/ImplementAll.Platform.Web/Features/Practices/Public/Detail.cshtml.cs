using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Practices.Public;

/// <summary>A practice's public page: its last published revision, readable by anyone.</summary>
public sealed class DetailModel(PracticeReader reader, PracticeHistory history, FacetLabels labels) : PageModel
{
    public PracticeView Practice { get; private set; } = null!;
    public IReadOnlyList<RevisionSummary> Revisions { get; private set; } = [];
    public FacetLabels Labels => labels;

    public async Task<IActionResult> OnGetAsync(Guid practiceId, CancellationToken cancellationToken)
    {
        if (await reader.PublishedAsync(practiceId, cancellationToken) is not { } practice)
        {
            return NotFound();
        }

        Practice = practice;
        Revisions = await history.ListAsync(practiceId, cancellationToken);
        return Page();
    }
}
