using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Platform.Http;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Tailoring.Projects.Pages;

/// <summary>
/// The base of every page inside a project: it reads the project (404 when the caller may not see it, exactly as the
/// API does), and gives the page the project's header, its navigation and the way back after a form.
/// </summary>
[TenantScoped]
public abstract class ProjectPage(CurrentMembership membership, ProjectReader reader) : PageModel
{
    [FromRoute]
    public Guid ProjectId { get; set; }

    public ProjectView Project { get; private set; } = null!;

    /// <summary>The project's address under the caller's own organisation (partners see it under theirs).</summary>
    public string ProjectPath => $"/t/{membership.TenantSlug}/projects/{ProjectId}";

    public bool Can(ProjectRole role) => Project.YourRole >= role;

    /// <summary>Reads the project for the page; false means the page should answer 404.</summary>
    protected async Task<bool> LoadProjectAsync(CancellationToken cancellationToken)
    {
        var view = await reader.GetAsync(ProjectId, cancellationToken);
        if (view.Value is null)
        {
            return false;
        }

        Project = view.Value;
        return true;
    }

    /// <summary>A GET of the page: the project, then the page's own data (<paramref name="load"/>), or 404.</summary>
    protected async Task<IActionResult> ShowAsync(Func<Task> load, CancellationToken cancellationToken)
    {
        if (!await LoadProjectAsync(cancellationToken))
        {
            return NotFound();
        }

        await load();
        return Page();
    }

    /// <summary>After a form: back to <paramref name="subPath"/> with a notice, or the same page with the failure beside its fields.</summary>
    protected async Task<IActionResult> AfterAsync(Failure? failure, string notice, string subPath, Func<Task> reload, string prefix = "Input")
    {
        if (failure is null)
        {
            TempData["Notice"] = notice;
            return Redirect(ProjectPath + subPath);
        }

        if (failure.Kind == FailureKind.NotFound && !await LoadProjectAsync(HttpContext.RequestAborted))
        {
            return NotFound();
        }

        ModelState.Clear();
        failure.AddTo(ModelState, prefix);
        await LoadProjectAsync(HttpContext.RequestAborted);
        await reload();
        return Page();
    }
}
