using ImplementAll.Platform.Core.Invitations;
using ImplementAll.Platform.Core.People;

namespace ImplementAll.Platform.Web.Features.Invitations;

public sealed record InvitationView(Guid Id, string Email, TenantRole Role, InvitationState State, DateTime CreatedAt, DateTime ExpiresAt)
{
    public static InvitationView From(Invitation i, DateTime now) => new(i.Id, i.Email, i.Role, i.StateAt(now), i.CreatedAt, i.ExpiresAt);
}
