namespace ImplementAll.Platform.Core.Tenancy;

/// <summary>The tenant a unit of work runs for: set by the request pipeline from the route, or explicitly by a background job.</summary>
public interface ITenantContext
{
    Guid? TenantId { get; }

    Guid RequiredTenantId => TenantId ?? throw new InvalidOperationException("No tenant has been set for this unit of work.");

    void Set(Guid tenantId);
}

public sealed class TenantContext : ITenantContext
{
    public Guid? TenantId { get; private set; }

    public void Set(Guid tenantId)
    {
        // Switching tenant mid-scope would let data loaded for one tenant be saved under another.
        if (TenantId is { } current && current != tenantId)
        {
            throw new InvalidOperationException("The tenant of a unit of work cannot be changed once set.");
        }

        TenantId = tenantId;
    }
}

public sealed class TenantMismatchException(string entity, Guid expected, Guid actual)
    : InvalidOperationException($"{entity} belongs to tenant {actual} but the unit of work runs for tenant {expected}.");
