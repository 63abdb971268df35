using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Web.Platform.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Platform.Tenancy;

/// <summary>
/// Admits a request to a tenant-scoped endpoint only for members of the tenant its route names. A stranger cannot tell
/// an existing tenant from a missing one: both get 404. Anonymous callers are challenged (401 for the API, sign-in for pages).
/// </summary>
public sealed class TenantMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CurrentUser user, CurrentMembership membership, PlatformDbContext db)
    {
        var scope = context.GetEndpoint()?.Metadata.GetMetadata<TenantScopedAttribute>();
        if (scope is null)
        {
            await next(context);
            return;
        }

        if (!user.IsAuthenticated)
        {
            await context.ChallengeAsync();
            return;
        }

        var admitted = user.User is { } person && NamedTenant(context, db) is { } tenants
            ? await tenants
                .Join(db.Memberships.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).Where(m => m.UserId == person.Id),
                    t => t.Id, m => m.TenantId, (t, m) => new { Tenant = t, Member = m })
                .SingleOrDefaultAsync(context.RequestAborted)
            : null;
        if (admitted is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var (tenant, member) = (admitted.Tenant, admitted.Member);
        membership.Admit(tenant, member);
        db.Tenant.Set(tenant.Id);
        if (member.Role < scope.MinimumRole)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        await next(context);
    }

    /// <summary>The tenant the route names, as a query, so that it and the caller's membership are read in one round trip.</summary>
    private static IQueryable<Core.Organisations.Tenant>? NamedTenant(HttpContext context, PlatformDbContext db)
    {
        var values = context.Request.RouteValues;
        if (values.TryGetValue("tenantId", out var id) && Guid.TryParse(id?.ToString(), out var tenantId))
        {
            return db.Tenants.AsNoTracking().Where(t => t.Id == tenantId);
        }

        if (values.TryGetValue("slug", out var slug) && slug?.ToString() is { Length: > 0 and <= Core.Organisations.TenantLimits.SlugLength } text)
        {
            var normalised = text.ToLowerInvariant();
            return db.Tenants.AsNoTracking().Where(t => t.Slug == normalised);
        }

        return null;
    }
}
