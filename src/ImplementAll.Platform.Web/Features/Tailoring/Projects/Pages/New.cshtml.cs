using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Practices;
using ImplementAll.Platform.Web.Platform.Http;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Tailoring.Projects.Pages;

/// <summary>Starts a project for a published practice (chosen by id from the repository) or a locally described intervention.</summary>
[TenantScoped(TenantRole.Editor)]
public sealed class NewProjectModel(CurrentMembership membership, ProjectSetup setup, PracticeReader practices, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ProjectInput Input { get; set; } = new();

    /// <summary>The practice the visitor came from ("Start a tailoring project" on a practice page).</summary>
    public string? PracticeTitle { get; private set; }

    public async Task OnGetAsync(Guid? practiceId, CancellationToken cancellationToken)
    {
        Input.StartsOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Input.TargetGroup = TargetGroup.ServiceDeliveryStaff;
        if (practiceId is { } id && await practices.PublishedAsync(id, cancellationToken) is { } practice)
        {
            Input.PracticeId = practice.Id;
            Input.Title = practice.Title;
            PracticeTitle = practice.Title;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var started = await setup.StartAsync(Input, cancellationToken);
        if (started.Failure is { } failure)
        {
            ModelState.Clear();
            failure.AddTo(ModelState);
            if (Input.PracticeId is { } id)
            {
                PracticeTitle = (await practices.PublishedAsync(id, cancellationToken))?.Title;
            }

            return Page();
        }

        TempData["Notice"] = "The project was started. Begin with module 1: goals and barriers.";
        return Redirect($"/t/{membership.TenantSlug}/projects/{started.Value}/identify");
    }
}
