using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Web.Platform.Identity;
using ImplementAll.Platform.Core.Workspaces;
using ImplementAll.Platform.Web.Platform.Workspaces;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Platform.Tenancy;

/// <summary>
/// Admits a request to a tenant-scoped endpoint only for members of the tenant its route names. A stranger cannot tell
/// an existing tenant from a missing one: both get 404. Anonymous callers are challenged (401 for the API, sign-in for pages).
/// </summary>
public sealed class TenantMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CurrentUser user, CurrentMembership membership, CurrentWorkspace workspace)
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

        // Resolved only here: public and unscoped requests (search among them) need no unit of work.
        var db = context.RequestServices.GetRequiredService<PlatformDbContext>();
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
        if (member.Role < scope.MinimumRole)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        db.Tenant.Set(await WorkspaceOwnerAsync(context, db, workspace, tenant.Id));

        await next(context);
    }

    /// <summary>
    /// The tenant whose rows this request works on: the caller's own, unless the route names a workspace that another
    /// organisation leads and the caller's organisation is an active partner in it (decision record 0007). Any other
    /// workspace id stays under the caller's tenant, where the query filter hides it and the endpoint answers 404.
    /// </summary>
    private static async Task<Guid> WorkspaceOwnerAsync(HttpContext context, PlatformDbContext db, CurrentWorkspace workspace, Guid callerTenantId)
    {
        if (!context.Request.RouteValues.TryGetValue("projectId", out var id) || !Guid.TryParse(id?.ToString(), out var workspaceId))
        {
            return callerTenantId;
        }

        var owner = await db.WorkspacePartnerships.AsNoTracking()
            .Where(p => p.WorkspaceId == workspaceId && p.PartnerTenantId == callerTenantId && p.State == PartnershipState.Active)
            .Select(p => (Guid?)p.OwnerTenantId)
            .SingleOrDefaultAsync(context.RequestAborted) ?? callerTenantId;
        workspace.Enter(workspaceId, owner, callerTenantId);
        return owner;
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
