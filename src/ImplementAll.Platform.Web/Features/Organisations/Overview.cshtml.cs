using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Organisations;

[TenantScoped]
public sealed class OverviewModel(PlatformDbContext db, CurrentMembership membership) : PageModel
{
    public OrganisationSummary Organisation { get; private set; } = null!;
    public int MemberCount { get; private set; }
    public TenantRole Role => membership.Role;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Organisation = OrganisationSummary.From(await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == membership.TenantId, cancellationToken));
        MemberCount = await db.Memberships.CountAsync(cancellationToken);
    }
}
