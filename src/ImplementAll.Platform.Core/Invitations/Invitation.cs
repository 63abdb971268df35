using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Tenancy;

namespace ImplementAll.Platform.Core.Invitations;

/// <summary>An emailed offer to join a tenant. Only a hash of the link's secret is stored, so a database leak yields no usable links.</summary>
public sealed class Invitation : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public required string Email { get; set; }
    public TenantRole Role { get; set; }
    public required string SecretHash { get; set; }
    public Guid InvitedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public Guid? AcceptedByUserId { get; set; }
    public DateTime? RevokedAt { get; set; }

    public InvitationState StateAt(DateTime now) =>
        RevokedAt is not null ? InvitationState.Revoked
        : AcceptedAt is not null ? InvitationState.Accepted
        : now >= ExpiresAt ? InvitationState.Expired
        : InvitationState.Pending;
}

public enum InvitationState
{
    Pending,
    Accepted,
    Expired,
    Revoked,
}
