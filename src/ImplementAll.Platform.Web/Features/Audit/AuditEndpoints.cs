using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Web.Platform.Http;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ImplementAll.Platform.Web.Features.Audit;

public static class AuditEndpoints
{
    public static void Map(RouteGroupBuilder tenant) =>
        tenant.MapGet("/audit", async Task<Results<Ok<AuditPage>, ProblemHttpResult>> (
            [AsParameters] AuditQuery query, ListAuditEntries list, CancellationToken ct) =>
        {
            return (await list.HandleAsync(query, ct)).ToOk();
        }).RequireTenantRole(TenantRole.Admin).WithTags("Audit").WithName("ListAuditEntries").WithSummary("Who did what, newest first (admins).");
}
