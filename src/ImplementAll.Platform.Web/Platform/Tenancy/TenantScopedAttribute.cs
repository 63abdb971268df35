using ImplementAll.Platform.Core.People;

namespace ImplementAll.Platform.Web.Platform.Tenancy;

/// <summary>
/// Endpoint metadata: this endpoint serves one tenant's resources, named by the route's <c>tenantId</c> (API) or <c>slug</c> (UI).
/// The tenant middleware then requires a membership with at least <see cref="MinimumRole"/>; the nearest declaration wins,
/// so an endpoint can raise the role its route group asks for.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class TenantScopedAttribute(TenantRole minimumRole = TenantRole.Member) : Attribute
{
    public TenantRole MinimumRole { get; } = minimumRole;
}

/// <summary>The caller's membership in the tenant of this request, once the tenant middleware has admitted them.</summary>
public sealed class CurrentMembership
{
    public Guid TenantId { get; private set; }
    public string TenantSlug { get; private set; } = "";
    public string TenantName { get; private set; } = "";
    public Guid MembershipId { get; private set; }
    public TenantRole Role { get; private set; }

    public bool AtLeast(TenantRole role) => Role >= role;

    public void Admit(Core.Organisations.Tenant tenant, Membership membership)
    {
        TenantId = tenant.Id;
        TenantSlug = tenant.Slug;
        TenantName = tenant.Name;
        MembershipId = membership.Id;
        Role = membership.Role;
    }
}

public static class TenantScopedEndpoints
{
    public static TBuilder RequireTenantRole<TBuilder>(this TBuilder builder, TenantRole role)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new TenantScopedAttribute(role));
}
