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

        var tenant = await FindTenantAsync(context, db);
        var member = tenant is null || user.User is null
            ? null
            : await db.Memberships.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
                .SingleOrDefaultAsync(m => m.TenantId == tenant.Id && m.UserId == user.User.Id, context.RequestAborted);
        if (tenant is null || member is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        membership.Admit(tenant, member);
        db.Tenant.Set(tenant.Id);
        if (member.Role < scope.MinimumRole)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        await next(context);
    }

    private static Task<Core.Organisations.Tenant?> FindTenantAsync(HttpContext context, PlatformDbContext db)
    {
        var values = context.Request.RouteValues;
        if (values.TryGetValue("tenantId", out var id) && Guid.TryParse(id?.ToString(), out var tenantId))
        {
            return db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tenantId, context.RequestAborted);
        }

        if (values.TryGetValue("slug", out var slug) && slug?.ToString() is { Length: > 0 and <= Core.Organisations.TenantLimits.SlugLength } text)
        {
            var normalised = text.ToLowerInvariant();
            return db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == normalised, context.RequestAborted);
        }

        return Task.FromResult<Core.Organisations.Tenant?>(null);
    }
}
