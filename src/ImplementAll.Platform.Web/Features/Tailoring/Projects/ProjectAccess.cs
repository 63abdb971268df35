using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Identity;
using ImplementAll.Platform.Web.Platform.Tenancy;
using ImplementAll.Platform.Web.Platform.Workspaces;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Projects;

/// <summary>A project opened for the caller, with the role they act in.</summary>
public sealed record ProjectScope(TailoringProject Project, ProjectRole Role, Guid ActingOrganisationId, bool AsPartner)
{
    public Guid UserId { get; init; }
    public bool Can(ProjectRole role) => Role >= role;
}

/// <summary>
/// Every project endpoint starts here: the project is read under the tenant filter (so another organisation's project,
/// unless it is an active partner's workspace, is simply not found) and the caller's project role is checked.
/// Roles: an explicit team membership wins; otherwise the lead organisation's admins act as leads and everyone else
/// admitted to the workspace may read it.
/// </summary>
public sealed class ProjectAccess(PlatformDbContext db, CurrentUser user, CurrentMembership membership, CurrentWorkspace workspace) : IUseCase
{
    public async Task<Outcome<ProjectScope>> OpenAsync(Guid projectId, ProjectRole minimum, CancellationToken cancellationToken)
    {
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return Failure.NotFound("The project");
        }

        var userId = user.RequiredId;
        var explicitRole = await db.ProjectMembers.Where(m => m.ProjectId == projectId && m.UserId == userId)
            .Select(m => (ProjectRole?)m.Role).SingleOrDefaultAsync(cancellationToken);
        var asPartner = workspace.IsPartner;
        var role = explicitRole
            ?? (!asPartner && membership.AtLeast(TenantRole.Admin) ? ProjectRole.Lead : ProjectRole.Observer);
        if (role < minimum)
        {
            return Failure.Forbidden($"This needs the project role {Describe(minimum)}; you are {Describe(role)} in this project.");
        }

        return new ProjectScope(project, role, membership.TenantId, asPartner) { UserId = userId };
    }

    /// <summary>
    /// Opens the project and one of its rows of the current cycle: the row of another project is not found (404), and a
    /// row of an earlier cycle is refused as history (409).
    /// </summary>
    public async Task<Outcome<(TailoringProject Project, T Row)>> OpenCurrentAsync<T>(
        Guid projectId, ProjectRole minimum, IQueryable<T> rows, Guid rowId, string what, CancellationToken cancellationToken)
        where T : class, ICycleRow
    {
        var opened = await OpenAsync(projectId, minimum, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        var project = opened.Value!.Project;
        var row = await rows.SingleOrDefaultAsync(r => r.Id == rowId && r.ProjectId == projectId, cancellationToken);
        return row is null ? Failure.NotFound($"The {what}")
            : CycleHistory.Refuse(project, row.Cycle, what) is { } history ? history
            : (project, row);
    }

    public Task<Outcome<ProjectScope>> ReadAsync(Guid projectId, CancellationToken cancellationToken) =>
        OpenAsync(projectId, ProjectRole.Observer, cancellationToken);

    public static string Describe(ProjectRole role) => role switch
    {
        ProjectRole.TeamMember => "team member",
        _ => role.ToString().ToLowerInvariant(),
    };
}
