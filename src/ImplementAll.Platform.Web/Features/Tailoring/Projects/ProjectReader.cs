using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Core.Workspaces;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Projects;

public sealed record ProjectListItem(
    Guid Id, string Title, string InterventionName, string Setting, string LeadOrganisation, bool AsPartner, int CurrentCycle, ProjectModule CurrentModule);

public sealed record StepView(ProjectModule Module, Guid OwnerUserId, string OwnerName, DateOnly? DueOn, DateTime? CompletedAt);

public sealed record ProjectView(
    Guid Id, string Title, Guid? PracticeId, string InterventionName, string InterventionDescription, string Setting, string Context,
    TargetGroup TargetGroup, DateOnly StartsOn, DateOnly? EndsOn, string LeadOrganisation, int CurrentCycle, ProjectModule CurrentModule,
    ProjectRole YourRole, bool AsPartner, IReadOnlyList<StepView> Steps);

/// <summary>Reads projects: the organisation's own and those it is an active partner in.</summary>
public sealed class ProjectReader(PlatformDbContext db, CurrentMembership membership, ProjectAccess access) : IUseCase
{
    public async Task<IReadOnlyList<ProjectListItem>> ListAsync(CancellationToken cancellationToken)
    {
        var tenantId = membership.TenantId;
        var partnerIn = db.WorkspacePartnerships
            .Where(p => p.PartnerTenantId == tenantId && p.State == PartnershipState.Active && p.Kind == WorkspaceKind.TailoringProject)
            .Select(p => p.WorkspaceId);
        // The one read across tenants here: projects whose lead has made this organisation an active partner.
        var projects = await db.Projects.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AsNoTracking()
            .Where(p => p.TenantId == tenantId || partnerIn.Contains(p.Id))
            .Join(db.Tenants, p => p.TenantId, t => t.Id, (p, t) => new { p, Lead = t.Name })
            .OrderBy(x => x.p.ArchivedAt != null).ThenByDescending(x => x.p.CreatedAt)
            .ToListAsync(cancellationToken);
        var ids = projects.Select(x => x.p.Id).ToList();
        var modules = await CurrentModulesAsync(ids, cancellationToken);
        return projects.Select(x => new ProjectListItem(x.p.Id, x.p.Title, x.p.InterventionName, x.p.Setting, x.Lead, x.p.TenantId != tenantId,
            x.p.CurrentCycle, modules.GetValueOrDefault(x.p.Id, ProjectModule.Apply))).ToList();
    }

    public async Task<Outcome<ProjectView>> GetAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var opened = await access.ReadAsync(projectId, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        var (project, scope) = (opened.Value!.Project, opened.Value!);
        var lead = await db.Tenants.Where(t => t.Id == project.TenantId).Select(t => t.Name).SingleAsync(cancellationToken);
        var steps = await db.ProjectSteps.AsNoTracking().Where(s => s.ProjectId == projectId && s.Cycle == project.CurrentCycle)
            .Join(db.Users, s => s.OwnerUserId, u => u.Id, (s, u) => new StepView(s.Module, s.OwnerUserId, u.DisplayName, s.DueOn, s.CompletedAt))
            .ToListAsync(cancellationToken);
        steps = [.. steps.OrderBy(s => s.Module)];
        return new ProjectView(project.Id, project.Title, project.PracticeId, project.InterventionName, project.InterventionDescription,
            project.Setting, project.Context, project.TargetGroup, project.StartsOn, project.EndsOn, lead, project.CurrentCycle,
            CurrentModule(steps.Select(s => (s.Module, s.CompletedAt))), scope.Role, scope.AsPartner, steps);
    }

    /// <summary>The first module of the current cycle that is not done; Apply once all are.</summary>
    public static ProjectModule CurrentModule(IEnumerable<(ProjectModule Module, DateTime? CompletedAt)> steps) =>
        steps.Where(s => s.CompletedAt is null).Select(s => (ProjectModule?)s.Module).Min() ?? ProjectModule.Apply;

    private async Task<Dictionary<Guid, ProjectModule>> CurrentModulesAsync(List<Guid> projectIds, CancellationToken cancellationToken)
    {
        var open = await db.ProjectSteps.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AsNoTracking()
            .Where(s => projectIds.Contains(s.ProjectId) && s.CompletedAt == null)
            .Join(db.Projects.IgnoreQueryFilters([PlatformDbContext.TenantFilter]), s => new { s.ProjectId, s.Cycle }, p => new { ProjectId = p.Id, Cycle = p.CurrentCycle },
                (s, p) => new { s.ProjectId, s.Module })
            .ToListAsync(cancellationToken);
        return open.GroupBy(s => s.ProjectId).ToDictionary(g => g.Key, g => g.Min(s => s.Module));
    }
}
