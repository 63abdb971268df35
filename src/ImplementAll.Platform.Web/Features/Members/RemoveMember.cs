using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Members;

/// <summary>Removes a member (by an admin) or lets a member leave; either way the organisation keeps an owner.</summary>
public sealed class RemoveMember(PlatformDbContext db, CurrentMembership actor, AuditTrail audit) : IUseCase
{
    public async Task<Outcome<Done>> HandleAsync(Guid membershipId, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.Include(m => m.User).SingleOrDefaultAsync(m => m.Id == membershipId, cancellationToken);
        if (membership is null)
        {
            return Failure.NotFound("The member");
        }

        var leaving = membership.Id == actor.MembershipId;
        if (!leaving && MembershipRules.MayManage(actor.Role, membership.Role, null) is { } forbidden)
        {
            return forbidden;
        }

        if (await MembershipRules.KeepsAnOwnerAsync(db, membership, cancellationToken) is { } lastOwner)
        {
            return lastOwner;
        }

        db.Memberships.Remove(membership);
        audit.Record(leaving ? "member.left" : "member.removed", membership.User.Email);
        await db.SaveChangesAsync(cancellationToken);
        return new Done();
    }
}
