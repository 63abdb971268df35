using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Tailoring.Dashboard;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace ImplementAll.Platform.Web.Features.Tailoring.Projects.Pages;

/// <summary>The project's dashboard: where it stands in the four modules, who owns each step, overdue actions, latest indicators and open surveys.</summary>
public sealed class ProjectOverviewModel(
    CurrentMembership membership, ProjectReader reader, ProjectTeam team, ProjectSteps steps, ProjectDashboard dashboard, Principles principles)
    : ProjectPage(membership, reader)
{
    public IReadOnlyList<TeamMemberView> Team { get; private set; } = [];
    public ProjectStatus Status { get; private set; } = null!;
    public IReadOnlyList<Principle> Guidance => principles.For("Overview");

    [BindProperty]
    public StepInput Input { get; set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(() => LoadAsync(cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostAssignAsync(ProjectModule module, CancellationToken cancellationToken) =>
        await AfterAsync((await steps.AssignAsync(ProjectId, module, Input, cancellationToken)).Failure,
            $"Module {(int)module} has a new owner.", "", () => LoadAsync(cancellationToken));

    public async Task<IActionResult> OnPostCompleteAsync(ProjectModule module, CancellationToken cancellationToken) =>
        await AfterAsync((await steps.CompleteAsync(ProjectId, module, cancellationToken)).Failure,
            $"Module {(int)module} is done.", "", () => LoadAsync(cancellationToken));

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Team = await team.MembersAsync(ProjectId, cancellationToken);
        Status = (await dashboard.GetAsync(ProjectId, cancellationToken)).Value!;
    }
}
