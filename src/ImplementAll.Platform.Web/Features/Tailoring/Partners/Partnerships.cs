using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Workspaces;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Identity;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Partners;

/// <summary>
/// The partner's side: an organisation's admins answer invitations to other organisations' projects and may leave them.
/// Each answer is recorded in both audit logs: the partner's own, and the lead's, naming the partner organisation.
/// </summary>
public sealed class Partnerships(
    PlatformDbContext db, CurrentUser user, CurrentMembership membership, OwnerSide owner, AuditTrail audit, TimeProvider clock) : IUseCase
{
    public async Task<IReadOnlyList<PartnershipView>> ListAsync(CancellationToken cancellationToken)
    {
        var tenantId = membership.TenantId;
        // A deliberate read across tenants, of two fields only: the title and lead of projects this organisation is
        // invited to or takes part in.
        return await db.WorkspacePartnerships.AsNoTracking()
            .Where(p => p.PartnerTenantId == tenantId && (p.State == PartnershipState.Invited || p.State == PartnershipState.Active))
            .Join(db.Projects.IgnoreQueryFilters([PlatformDbContext.TenantFilter]), p => p.WorkspaceId, x => x.Id, (p, x) => new { p, x.Title })
            .Join(db.Tenants, y => y.p.OwnerTenantId, t => t.Id, (y, t) => new { y.p, y.Title, Lead = t.Name })
            .OrderBy(y => y.p.State).ThenByDescending(y => y.p.InvitedAt)
            .Select(y => new PartnershipView(y.p.Id, y.p.WorkspaceId, y.Title, y.Lead, y.p.State, y.p.Message, y.p.InvitedAt, y.p.RespondedAt))
            .ToListAsync(cancellationToken);
    }

    public Task<Outcome<Done>> AcceptAsync(Guid partnershipId, CancellationToken cancellationToken) =>
        AnswerAsync(partnershipId, PartnershipState.Invited, PartnershipState.Active, "partnership.accepted", cancellationToken);

    public Task<Outcome<Done>> DeclineAsync(Guid partnershipId, CancellationToken cancellationToken) =>
        AnswerAsync(partnershipId, PartnershipState.Invited, PartnershipState.Declined, "partnership.declined", cancellationToken);

    /// <summary>Ends an active partnership; the organisation's people leave the lead's project team in the same transaction.</summary>
    public Task<Outcome<Done>> LeaveAsync(Guid partnershipId, CancellationToken cancellationToken) =>
        AnswerAsync(partnershipId, PartnershipState.Active, PartnershipState.Left, "partnership.left", cancellationToken);

    private async Task<Outcome<Done>> AnswerAsync(
        Guid partnershipId, PartnershipState from, PartnershipState to, string action, CancellationToken cancellationToken)
    {
        var partnership = await db.WorkspacePartnerships
            .SingleOrDefaultAsync(p => p.Id == partnershipId && p.PartnerTenantId == membership.TenantId, cancellationToken);
        if (partnership is null)
        {
            return Failure.NotFound("The partnership");
        }

        if (partnership.State != from)
        {
            return Failure.Conflict("Not possible now",
                $"This partnership is {partnership.State.ToString().ToLowerInvariant()}; only {from.ToString().ToLowerInvariant()} ones can be {to.ToString().ToLowerInvariant()}.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        partnership.State = to;
        if (from == PartnershipState.Invited)
        {
            (partnership.RespondedAt, partnership.RespondedByUserId) = (now, user.RequiredId);
        }
        else
        {
            partnership.EndedAt = now;
        }

        var project = await db.Projects.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).Where(p => p.Id == partnership.WorkspaceId)
            .Join(db.Tenants, p => p.TenantId, t => t.Id, (p, t) => new { p.Title, Lead = t.Name }).SingleAsync(cancellationToken);
        audit.Record(action, project.Title, $"project led by {project.Lead}");
        await owner.SaveAsync(partnership.OwnerTenantId, async (lead, leadAudit) =>
        {
            if (to == PartnershipState.Left)
            {
                await PartnerTeam.RemoveAsync(lead, partnership.WorkspaceId, partnership.PartnerTenantId, cancellationToken);
            }

            leadAudit.Record(user.RequiredId, user.DisplayName, action, project.Title, $"partner organisation {membership.TenantName}");
        }, cancellationToken);
        return new Done();
    }
}
