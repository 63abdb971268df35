using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Organisations;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Organisations;

public sealed record MyOrganisation(Guid TenantId, string Name, string Slug, TenantKind Kind, string CountryCode, TenantRole Role);

/// <summary>The organisations the current person belongs to: the one query that deliberately reads across tenants, by user.</summary>
public sealed class MyOrganisations(PlatformDbContext db, CurrentUser user) : IUseCase
{
    private IReadOnlyList<MyOrganisation>? cached;

    public async Task<IReadOnlyList<MyOrganisation>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (cached is not null)
        {
            return cached;
        }

        if (user.User is not { } me)
        {
            return cached = [];
        }

        cached = await db.Memberships.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(m => m.UserId == me.Id)
            .Join(db.Tenants, m => m.TenantId, t => t.Id, (m, t) => new { m, t })
            .OrderBy(x => x.t.Name)
            .Select(x => new MyOrganisation(x.t.Id, x.t.Name, x.t.Slug, x.t.Kind, x.t.CountryCode, x.m.Role))
            .ToListAsync(cancellationToken);
        return cached;
    }
}
