using System.ComponentModel.DataAnnotations;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Core.Workspaces;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Projects;

public sealed class TeamMemberInput
{
    [Required(ErrorMessage = "Choose a person.")]
    public Guid? UserId { get; set; }

    [Required(ErrorMessage = "Choose a project role.")]
    public ProjectRole? Role { get; set; }
}

public sealed record TeamMemberView(Guid Id, Guid UserId, string Name, string Email, Guid OrganisationId, string Organisation, ProjectRole Role);

public sealed record TeamCandidate(Guid UserId, string Name, Guid OrganisationId, string Organisation);

/// <summary>
/// The project team: people of the lead organisation and of active partners, each with a project role. The last lead
/// cannot be removed or demoted, so a project always has someone who can change its structure.
/// </summary>
public sealed class ProjectTeam(PlatformDbContext db, ProjectAccess access, AuditTrail audit, TimeProvider clock) : IUseCase
{
    public async Task<Outcome<IReadOnlyList<TeamMemberView>>> ListAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var opened = await access.ReadAsync(projectId, cancellationToken);
        return opened.Failure is { } refused ? refused : Outcome<IReadOnlyList<TeamMemberView>>.Success(await MembersAsync(projectId, cancellationToken));
    }

    public async Task<IReadOnlyList<TeamMemberView>> MembersAsync(Guid projectId, CancellationToken cancellationToken) =>
        await db.ProjectMembers.AsNoTracking().Where(m => m.ProjectId == projectId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m, u })
            .Join(db.Tenants, x => x.m.OrganisationId, t => t.Id, (x, t) => new { x.m, x.u, t })
            .OrderByDescending(x => x.m.Role).ThenBy(x => x.u.DisplayName)
            .Select(x => new TeamMemberView(x.m.Id, x.u.Id, x.u.DisplayName, x.u.Email, x.t.Id, x.t.Name, x.m.Role))
            .ToListAsync(cancellationToken);

    /// <summary>People who could join: members of the lead organisation and of active partners who are not on the team yet.</summary>
    public async Task<IReadOnlyList<TeamCandidate>> CandidatesAsync(TailoringProject project, CancellationToken cancellationToken)
    {
        var organisations = await OrganisationsAsync(project, cancellationToken);
        return await db.Memberships.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AsNoTracking()
            .Where(m => organisations.Contains(m.TenantId))
            .Where(m => !db.ProjectMembers.Any(p => p.ProjectId == project.Id && p.UserId == m.UserId))
            .Join(db.Tenants, m => m.TenantId, t => t.Id, (m, t) => new { m.UserId, m.User.DisplayName, t.Id, t.Name })
            .OrderBy(c => c.Name).ThenBy(c => c.DisplayName)
            .Select(c => new TeamCandidate(c.UserId, c.DisplayName, c.Id, c.Name))
            .ToListAsync(cancellationToken);
    }

    public Task<bool> IsOnTeamAsync(Guid projectId, Guid userId, CancellationToken cancellationToken) =>
        db.ProjectMembers.AnyAsync(m => m.ProjectId == projectId && m.UserId == userId, cancellationToken);

    public async Task<Outcome<Guid>> AddAsync(Guid projectId, TeamMemberInput input, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(projectId, ProjectRole.Lead, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        if (Failure.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var project = opened.Value!.Project;
        var userId = input.UserId!.Value;
        if (await IsOnTeamAsync(projectId, userId, cancellationToken))
        {
            return Failure.Field(nameof(TeamMemberInput.UserId), "This person is already on the team.");
        }

        var organisations = await OrganisationsAsync(project, cancellationToken);
        var organisation = await db.Memberships.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(m => m.UserId == userId && organisations.Contains(m.TenantId))
            .OrderBy(m => m.TenantId == project.TenantId ? 0 : 1)
            .Select(m => (Guid?)m.TenantId).FirstOrDefaultAsync(cancellationToken);
        if (organisation is null)
        {
            return Failure.Field(nameof(TeamMemberInput.UserId), "Only people of the lead organisation or of a partner organisation can join the team.");
        }

        var member = new ProjectMember
        {
            ProjectId = projectId, UserId = userId, OrganisationId = organisation.Value, Role = input.Role!.Value, AddedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ProjectMembers.Add(member);
        audit.Record("project.member-added", project.Title);
        await db.SaveChangesAsync(cancellationToken);
        return member.Id;
    }

    public async Task<Outcome<Done>> ChangeRoleAsync(Guid projectId, Guid projectMemberId, ProjectRole? role, CancellationToken cancellationToken)
    {
        if (role is null || !Enum.IsDefined(role.Value))
        {
            return Failure.Field("role", "Choose a project role.");
        }

        return await ChangeAsync(projectId, projectMemberId, "project.member-role-changed", member =>
        {
            member.Role = role.Value;
            return role.Value != ProjectRole.Lead;
        }, cancellationToken);
    }

    public Task<Outcome<Done>> RemoveAsync(Guid projectId, Guid projectMemberId, CancellationToken cancellationToken) =>
        ChangeAsync(projectId, projectMemberId, "project.member-removed", member =>
        {
            db.ProjectMembers.Remove(member);
            return true;
        }, cancellationToken);

    /// <summary>Applies a change to a team member; <paramref name="change"/> says whether the member stops being a lead.</summary>
    private async Task<Outcome<Done>> ChangeAsync(
        Guid projectId, Guid projectMemberId, string action, Func<ProjectMember, bool> change, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(projectId, ProjectRole.Lead, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        var member = await db.ProjectMembers.SingleOrDefaultAsync(m => m.Id == projectMemberId && m.ProjectId == projectId, cancellationToken);
        if (member is null)
        {
            return Failure.NotFound("The team member");
        }

        var wasLead = member.Role == ProjectRole.Lead;
        if (change(member) && wasLead
            && !await db.ProjectMembers.AnyAsync(m => m.ProjectId == projectId && m.Id != member.Id && m.Role == ProjectRole.Lead, cancellationToken))
        {
            return Failure.Conflict("The last lead", "A project needs at least one lead; make someone else lead first.");
        }

        audit.Record(action, opened.Value!.Project.Title);
        await db.SaveChangesAsync(cancellationToken);
        return new Done();
    }

    private async Task<List<Guid>> OrganisationsAsync(TailoringProject project, CancellationToken cancellationToken)
    {
        var partners = await db.WorkspacePartnerships
            .Where(p => p.WorkspaceId == project.Id && p.State == PartnershipState.Active)
            .Select(p => p.PartnerTenantId).ToListAsync(cancellationToken);
        return [project.TenantId, .. partners];
    }
}
