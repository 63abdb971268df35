using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Organisations;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Administration;

public sealed record TenantOverview(Guid Id, string Name, string Slug, TenantKind Kind, string CountryCode, int Members, DateTime CreatedAt);

/// <summary>The platform admin's view across organisations: counts only, no tenant content.</summary>
public sealed class ListTenants(PlatformDbContext db) : IUseCase
{
    public async Task<IReadOnlyList<TenantOverview>> HandleAsync(CancellationToken cancellationToken)
    {
        var members = db.Memberships.IgnoreQueryFilters([PlatformDbContext.TenantFilter]);
        return await db.Tenants.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new TenantOverview(t.Id, t.Name, t.Slug, t.Kind, t.CountryCode, members.Count(m => m.TenantId == t.Id), t.CreatedAt))
            .ToListAsync(cancellationToken);
    }
}
