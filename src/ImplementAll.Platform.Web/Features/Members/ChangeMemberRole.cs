using System.ComponentModel.DataAnnotations;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Members;

public sealed class ChangeRoleRequest
{
    [Required(ErrorMessage = "Choose a role.")]
    [EnumDataType(typeof(TenantRole), ErrorMessage = "Choose Owner, Admin, Editor or Member.")]
    public TenantRole? Role { get; set; }
}

public sealed class ChangeMemberRole(PlatformDbContext db, CurrentMembership actor, AuditTrail audit) : IUseCase
{
    public async Task<Outcome<MemberView>> HandleAsync(Guid membershipId, ChangeRoleRequest request, CancellationToken cancellationToken)
    {
        if (Failure.Validate(request) is { } invalid)
        {
            return invalid;
        }

        var membership = await db.Memberships.Include(m => m.User).SingleOrDefaultAsync(m => m.Id == membershipId, cancellationToken);
        if (membership is null)
        {
            return Failure.NotFound("The member");
        }

        var role = request.Role!.Value;
        if (MembershipRules.MayManage(actor.Role, membership.Role, role) is { } forbidden)
        {
            return forbidden;
        }

        if (role != TenantRole.Owner && await MembershipRules.KeepsAnOwnerAsync(db, membership, cancellationToken) is { } lastOwner)
        {
            return lastOwner;
        }

        var previous = membership.Role;
        membership.Role = role;
        audit.Record("member.role-changed", membership.User.Email, $"{previous} → {role}");
        await db.SaveChangesAsync(cancellationToken);
        return new MemberView(membership.Id, membership.UserId, membership.User.DisplayName, membership.User.Email, membership.Role, membership.JoinedAt);
    }
}
