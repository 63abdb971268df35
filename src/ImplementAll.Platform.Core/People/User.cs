using ImplementAll.Platform.Core.Tenancy;

namespace ImplementAll.Platform.Core.People;

/// <summary>A person known to the platform, identified by their external identity (issuer and subject).</summary>
public sealed class User : IGlobalEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>"local" for the embedded sign-in, or the Entra issuer (which carries the directory id).</summary>
    public required string Issuer { get; set; }
    /// <summary>The subject within the issuer: the Entra object id, or the local user name.</summary>
    public required string Subject { get; set; }
    public required string DisplayName { get; set; }
    public required string Email { get; set; }
    public PlatformRoles PlatformRoles { get; set; }
    public DateTime CreatedAt { get; set; }

    public bool Has(PlatformRoles role) => (PlatformRoles & role) == role;
}

[Flags]
public enum PlatformRoles
{
    None = 0,
    PlatformAdmin = 1,
    Curator = 2,
    ProgrammeManager = 4,
}
