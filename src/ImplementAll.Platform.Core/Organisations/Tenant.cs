using ImplementAll.Platform.Core.Tenancy;

namespace ImplementAll.Platform.Core.Organisations;

/// <summary>An organisation using the platform: a region, hospital, NGO, university, company or ministry.</summary>
public sealed class Tenant : IGlobalEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public TenantKind Kind { get; set; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string CountryCode { get; set; }
    public string? Description { get; set; }
    public string? Website { get; set; }
    /// <summary>Users signing in from this Entra tenant join the organisation automatically as members.</summary>
    public Guid? EntraTenantId { get; set; }
    public DateTime CreatedAt { get; set; }
}

public enum TenantKind
{
    Region,
    Hospital,
    Ngo,
    University,
    Company,
    Ministry,
    Other,
}
