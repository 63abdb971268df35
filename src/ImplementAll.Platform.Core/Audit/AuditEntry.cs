using ImplementAll.Platform.Core.Tenancy;

namespace ImplementAll.Platform.Core.Audit;

/// <summary>Who did what, when, in which tenant. Written in the same save as the change it records.</summary>
public sealed class AuditEntry : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid? ActorUserId { get; set; }
    public required string ActorName { get; set; }
    public required string Action { get; set; }
    public string? Target { get; set; }
    public string? Details { get; set; }
    public DateTime At { get; set; }
}
