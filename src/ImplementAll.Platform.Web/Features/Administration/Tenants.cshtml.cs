using ImplementAll.Platform.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Administration;

[Authorize(Policy = AuthenticationSetup.PlatformAdminPolicy)]
public sealed class TenantsModel(ListTenants list) : PageModel
{
    public IReadOnlyList<TenantOverview> Tenants { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Tenants = await list.HandleAsync(cancellationToken);
}
