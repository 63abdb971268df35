using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Core.Tenancy;
using ImplementAll.Platform.Core.Workspaces;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.DemoData;

/// <summary>
/// Seeds one collective ItFits project in the state a team would have left it halfway through its first cycle: goals,
/// consulted and prioritised barriers, selected strategies, a plan with an overdue action, and an indicator measured
/// twice. Led by Noordzee UMC with Digital Health Commons as an active partner. Idempotent: skipped when the lead
/// organisation already has a project of that title.
/// </summary>
public sealed class DemoProjectSeeder(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const string Title = "Online CBT for depression in Noordzee GP practices";
    private const string Lead = "noordzee-umc";
    private const string Partner = "digital-health-commons";
    private const string Practice = "Online CBT voor depressie in de huisartsenpraktijk";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var tenants = await db.Tenants.AsNoTracking().Where(t => t.Slug == Lead || t.Slug == Partner).ToDictionaryAsync(t => t.Slug, t => t.Id, cancellationToken);
        if (!tenants.TryGetValue(Lead, out var leadId) || !tenants.TryGetValue(Partner, out var partnerId))
        {
            return;
        }

        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(leadId);
        if (await db.Projects.AnyAsync(p => p.Title == Title, cancellationToken))
        {
            return;
        }

        string[] names = ["sanne", "pieter", "marie"];
        var people = await db.Users.AsNoTracking().Where(u => u.Issuer == ExternalIdentities.LocalIssuer && names.Contains(u.Subject))
            .ToDictionaryAsync(u => u.Subject, u => u.Id, cancellationToken);
        if (people.Count < names.Length)
        {
            return;
        }

        var practiceId = await db.Practices.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(p => p.Title == Practice && p.RevisionNumber > 0).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var (sanne, pieter, marie) = (people["sanne"], people["pieter"], people["marie"]);

        var project = new TailoringProject
        {
            Title = Title, PracticeId = practiceId, InterventionName = Practice, Setting = "Twelve GP practices in the Noordzee region with their mental-health nurses",
            Context = "Referral to online CBT is possible since 2024 but few GPs use it; practice nurses carry the follow-up.",
            TargetGroup = TargetGroup.Both, StartsOn = today.AddDays(-70), EndsOn = today.AddDays(300), CreatedAt = now.AddDays(-70), CreatedByUserId = sanne,
        };
        db.Projects.Add(project);
        ProjectCycles.Open(db, project, 1, sanne, now.AddDays(-70));
        db.ProjectMembers.AddRange(
            new ProjectMember { ProjectId = project.Id, UserId = sanne, OrganisationId = leadId, Role = ProjectRole.Lead, AddedAt = now.AddDays(-70) },
            new ProjectMember { ProjectId = project.Id, UserId = pieter, OrganisationId = leadId, Role = ProjectRole.Facilitator, AddedAt = now.AddDays(-70) },
            new ProjectMember { ProjectId = project.Id, UserId = marie, OrganisationId = partnerId, Role = ProjectRole.TeamMember, AddedAt = now.AddDays(-60) });
        db.WorkspacePartnerships.Add(new WorkspacePartnership
        {
            Kind = WorkspaceKind.TailoringProject, WorkspaceId = project.Id, OwnerTenantId = leadId, PartnerTenantId = partnerId, State = PartnershipState.Active,
            Message = "Help us bring the patient perspective into the consultation.", InvitedAt = now.AddDays(-65), InvitedByUserId = sanne,
            RespondedAt = now.AddDays(-62), RespondedByUserId = marie,
        });
        DemoProjectContent.Add(db, project, (sanne, pieter, marie), today, now);
        await db.SaveChangesAsync(cancellationToken);
    }
}
