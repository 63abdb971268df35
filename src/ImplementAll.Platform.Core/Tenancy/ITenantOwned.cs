namespace ImplementAll.Platform.Core.Tenancy;

/// <summary>An entity that belongs to exactly one tenant. The default for every entity.</summary>
public interface ITenantOwned
{
    Guid TenantId { get; set; }
}

/// <summary>
/// Marks an entity as deliberately shared across tenants (tenants themselves, people, reference data).
/// An architecture test fails for any entity that is neither tenant-owned nor global, so opting out is a visible choice.
/// </summary>
public interface IGlobalEntity;
