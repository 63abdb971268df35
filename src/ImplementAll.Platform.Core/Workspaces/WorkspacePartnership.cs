using ImplementAll.Platform.Core.Tenancy;

namespace ImplementAll.Platform.Core.Workspaces;

/// <summary>
/// Another organisation's part in a workspace owned by a lead tenant (decision record 0007): the only cross-tenant
/// fact. The workspace's rows stay the lead's; an active partnership lets the partner's members work in them.
/// Global so both sides can read it before either side's tenant filter applies.
/// </summary>
public sealed class WorkspacePartnership : IGlobalEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public WorkspaceKind Kind { get; set; }
    /// <summary>The id of the workspace: a tailoring project (or, later, a twinning transfer).</summary>
    public Guid WorkspaceId { get; set; }
    public Guid OwnerTenantId { get; set; }
    public Guid PartnerTenantId { get; set; }
    public PartnershipState State { get; set; }
    public string Message { get; set; } = "";
    public DateTime InvitedAt { get; set; }
    public Guid InvitedByUserId { get; set; }
    public DateTime? RespondedAt { get; set; }
    public Guid? RespondedByUserId { get; set; }
    public DateTime? EndedAt { get; set; }
}

public enum WorkspaceKind
{
    TailoringProject,
}

public enum PartnershipState
{
    Invited,
    Active,
    Declined,
    Revoked,
    Left,
}
