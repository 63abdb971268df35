using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Tailoring.Projects.Pages;

/// <summary>The organisation's tailoring projects, and those it takes part in as a partner.</summary>
[TenantScoped]
public sealed class ProjectListModel(CurrentMembership membership, ProjectReader reader) : PageModel
{
    public IReadOnlyList<ProjectListItem> Projects { get; private set; } = [];
    public bool CanStart => membership.AtLeast(TenantRole.Editor);
    public string ListPath => $"/t/{membership.TenantSlug}/projects";

    public async Task OnGetAsync(CancellationToken cancellationToken) => Projects = await reader.ListAsync(cancellationToken);
}
