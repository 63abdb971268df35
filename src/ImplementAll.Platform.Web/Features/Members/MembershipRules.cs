using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Results;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Members;

/// <summary>The rules that keep every organisation governable: it always has an Owner, and only Owners make or unmake Owners.</summary>
internal static class MembershipRules
{
    public static Failure? MayManage(TenantRole actor, TenantRole current, TenantRole? target)
    {
        if (actor < TenantRole.Admin)
        {
            return Failure.Forbidden("Only admins and owners manage members.");
        }

        if ((current == TenantRole.Owner || target == TenantRole.Owner) && actor != TenantRole.Owner)
        {
            return Failure.Forbidden("Only an owner can grant or take away the owner role.");
        }

        return null;
    }

    public static async Task<Failure?> KeepsAnOwnerAsync(PlatformDbContext db, Membership leaving, CancellationToken cancellationToken)
    {
        if (leaving.Role != TenantRole.Owner)
        {
            return null;
        }

        var otherOwners = await db.Memberships.CountAsync(m => m.Role == TenantRole.Owner && m.Id != leaving.Id, cancellationToken);
        return otherOwners > 0
            ? null
            : Failure.Conflict("Last owner", "An organisation needs at least one owner. Make someone else an owner first.");
    }
}
