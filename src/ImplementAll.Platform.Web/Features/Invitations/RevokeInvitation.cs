using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Invitations;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Invitations;

public sealed class RevokeInvitation(PlatformDbContext db, AuditTrail audit, TimeProvider clock) : IUseCase
{
    public async Task<Outcome<Done>> HandleAsync(Guid invitationId, CancellationToken cancellationToken)
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId, cancellationToken);
        if (invitation is null)
        {
            return Failure.NotFound("The invitation");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (invitation.StateAt(now) != InvitationState.Pending)
        {
            return Failure.Conflict("Not pending", $"The invitation is {invitation.StateAt(now).ToString().ToLowerInvariant()} and can no longer be withdrawn.");
        }

        invitation.RevokedAt = now;
        audit.Record("invitation.revoked", invitation.Email);
        await db.SaveChangesAsync(cancellationToken);
        return new Done();
    }
}
