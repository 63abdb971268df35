using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Core.Workspaces;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Partners;

/// <summary>
/// The lead's side of a collective project: invite partner organisations, see their answers, revoke them. Only a lead of
/// the lead organisation may do this; a partner's person made lead of the team still works inside the lead's plan.
/// </summary>
public sealed class ProjectPartners(
    PlatformDbContext db, ProjectAccess access, CurrentUser user, PartnerInvitationMail mail, AuditTrail audit, TimeProvider clock) : IUseCase
{
    public async Task<Outcome<IReadOnlyList<ProjectPartnerView>>> ListAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var opened = await OpenAsLeadAsync(projectId, cancellationToken);
        return opened.Failure is { } refused ? refused : Outcome<IReadOnlyList<ProjectPartnerView>>.Success(await PartnersAsync(projectId, cancellationToken));
    }

    public async Task<IReadOnlyList<ProjectPartnerView>> PartnersAsync(Guid projectId, CancellationToken cancellationToken) =>
        await db.WorkspacePartnerships.AsNoTracking().Where(p => p.WorkspaceId == projectId)
            .Join(db.Tenants, p => p.PartnerTenantId, t => t.Id, (p, t) => new { p, t })
            .OrderBy(x => x.t.Name)
            .Select(x => new ProjectPartnerView(
                x.p.Id, x.t.Id, x.t.Name, x.t.Slug, x.p.State, x.p.Message, x.p.InvitedAt, x.p.RespondedAt, x.p.EndedAt))
            .ToListAsync(cancellationToken);

    public async Task<Outcome<ProjectPartnerView>> InviteAsync(Guid projectId, PartnerInvitationInput input, CancellationToken cancellationToken)
    {
        var opened = await OpenAsLeadAsync(projectId, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        if (Failure.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var project = opened.Value!.Project;
        var slug = input.OrganisationSlug!.Trim().ToLowerInvariant();
        var partner = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        if (partner is null)
        {
            return Failure.Field(nameof(PartnerInvitationInput.OrganisationSlug), $"No organisation has the short name '{slug}'.");
        }

        if (partner.Id == project.TenantId)
        {
            return Failure.Field(nameof(PartnerInvitationInput.OrganisationSlug), "Your organisation leads this project; invite another organisation.");
        }

        var partnership = await db.WorkspacePartnerships.SingleOrDefaultAsync(p => p.WorkspaceId == projectId && p.PartnerTenantId == partner.Id, cancellationToken);
        if (partnership is { State: PartnershipState.Invited or PartnershipState.Active })
        {
            var taken = partnership.State == PartnershipState.Active ? "is already a partner" : "is already invited";
            return new Failure(FailureKind.Conflict, "Already a partner", $"{partner.Name} {taken}.",
                new Dictionary<string, string[]> { [nameof(PartnerInvitationInput.OrganisationSlug)] = [$"{partner.Name} {taken}."] });
        }

        // A row per organisation and project: inviting again after a decline, revocation or departure starts it afresh.
        if (partnership is null)
        {
            partnership = new WorkspacePartnership
            {
                Kind = WorkspaceKind.TailoringProject, WorkspaceId = projectId, OwnerTenantId = project.TenantId, PartnerTenantId = partner.Id,
            };
            db.WorkspacePartnerships.Add(partnership);
        }

        partnership.State = PartnershipState.Invited;
        partnership.Message = input.Message?.Trim() ?? "";
        partnership.InvitedAt = clock.GetUtcNow().UtcDateTime;
        partnership.InvitedByUserId = user.RequiredId;
        (partnership.RespondedAt, partnership.RespondedByUserId, partnership.EndedAt) = (null, null, null);
        await mail.QueueAsync(project, partner, partnership.Message, cancellationToken);
        audit.Record("partnership.invited", project.Title, partner.Name);
        await db.SaveChangesAsync(cancellationToken);
        mail.SendQueued();
        return new ProjectPartnerView(partnership.Id, partner.Id, partner.Name, partner.Slug, partnership.State, partnership.Message,
            partnership.InvitedAt, null, null);
    }

    /// <summary>Ends an invitation or a partnership; the partner's people leave the team in the same change.</summary>
    public async Task<Outcome<Done>> RevokeAsync(Guid projectId, Guid partnershipId, CancellationToken cancellationToken)
    {
        var opened = await OpenAsLeadAsync(projectId, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        var partnership = await db.WorkspacePartnerships.SingleOrDefaultAsync(p => p.Id == partnershipId && p.WorkspaceId == projectId, cancellationToken);
        if (partnership is null)
        {
            return Failure.NotFound("The partnership");
        }

        if (partnership.State is not (PartnershipState.Invited or PartnershipState.Active))
        {
            return Failure.Conflict("Already ended", $"This partnership is {partnership.State.ToString().ToLowerInvariant()}; there is nothing to revoke.");
        }

        partnership.State = PartnershipState.Revoked;
        partnership.EndedAt = clock.GetUtcNow().UtcDateTime;
        await PartnerTeam.RemoveAsync(db, projectId, partnership.PartnerTenantId, cancellationToken);
        var partner = await db.Tenants.Where(t => t.Id == partnership.PartnerTenantId).Select(t => t.Name).SingleAsync(cancellationToken);
        audit.Record("partnership.revoked", opened.Value!.Project.Title, partner);
        await db.SaveChangesAsync(cancellationToken);
        return new Done();
    }

    private async Task<Outcome<ProjectScope>> OpenAsLeadAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(projectId, ProjectRole.Lead, cancellationToken);
        return opened.Value is { AsPartner: true }
            ? Failure.Forbidden("Only the lead organisation invites and revokes partners.")
            : opened;
    }
}
