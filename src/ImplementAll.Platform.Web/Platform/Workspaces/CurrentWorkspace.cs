namespace ImplementAll.Platform.Web.Platform.Workspaces;

/// <summary>
/// The workspace a request works in when its route names one (<c>projectId</c>), and whether the caller's organisation
/// takes part as the lead or as a partner (decision record 0007). Filled by the tenant middleware before any query runs.
/// </summary>
public sealed class CurrentWorkspace
{
    public Guid? WorkspaceId { get; private set; }
    /// <summary>The tenant that owns the workspace's rows; the unit of work runs for it.</summary>
    public Guid OwnerTenantId { get; private set; }
    /// <summary>The caller's organisation: the owner, or an active partner.</summary>
    public Guid ActingTenantId { get; private set; }
    public bool IsPartner => WorkspaceId is not null && OwnerTenantId != ActingTenantId;

    public void Enter(Guid workspaceId, Guid ownerTenantId, Guid actingTenantId)
    {
        WorkspaceId = workspaceId;
        OwnerTenantId = ownerTenantId;
        ActingTenantId = actingTenantId;
    }
}
