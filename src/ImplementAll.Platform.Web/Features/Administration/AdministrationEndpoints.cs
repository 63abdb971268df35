using ImplementAll.Platform.Web.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ImplementAll.Platform.Web.Features.Administration;

public static class AdministrationEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/admin/tenants", async Task<Ok<IReadOnlyList<TenantOverview>>> (ListTenants list, CancellationToken ct) =>
            TypedResults.Ok(await list.HandleAsync(ct)))
            .RequireAuthorization(AuthenticationSetup.PlatformAdminPolicy)
            .WithTags("Administration").WithName("ListTenants").WithSummary("Every organisation on the platform (platform admins).");
}
