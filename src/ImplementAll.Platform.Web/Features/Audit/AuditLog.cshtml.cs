using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Web.Platform.Http;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Audit;

[TenantScoped(TenantRole.Admin)]
public sealed class AuditLogModel(ListAuditEntries list) : PageModel
{
    public AuditPage? Entries { get; private set; }

    public async Task OnGetAsync(int page = 1, CancellationToken cancellationToken = default)
    {
        var outcome = await list.HandleAsync(new AuditQuery { Page = page }, cancellationToken);
        Entries = outcome.Value;
        outcome.Failure?.AddTo(ModelState, "");
    }
}
