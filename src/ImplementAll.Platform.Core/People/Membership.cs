using ImplementAll.Platform.Core.Tenancy;

namespace ImplementAll.Platform.Core.People;

/// <summary>A person's role in one organisation. A person may hold memberships in several tenants.</summary>
public sealed class Membership : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid UserId { get; set; }
    public User User { get; set; } = null!;
    public TenantRole Role { get; set; }
    public DateTime JoinedAt { get; set; }
}

/// <summary>Ordered by power: a higher value can do everything a lower one can.</summary>
public enum TenantRole
{
    Member = 0,
    Editor = 1,
    Admin = 2,
    Owner = 3,
}
