using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Web.Features.Organisations;
using ImplementAll.Platform.Web.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ImplementAll.Platform.Web.Features.Me;

public sealed record MeView(Guid? UserId, string DisplayName, string Email, bool Registered, PlatformRoles PlatformRoles, IReadOnlyList<MyOrganisation> Organisations);

public static class MeEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/me", async Task<Ok<MeView>> (CurrentUser user, MyOrganisations organisations, CancellationToken ct) =>
            TypedResults.Ok(new MeView(
                user.User?.Id,
                user.DisplayName,
                user.User?.Email ?? user.Identity?.Email ?? "",
                user.IsRegistered,
                user.User?.PlatformRoles ?? PlatformRoles.None,
                await organisations.ListAsync(ct))))
            .WithTags("Me").WithName("GetMe").WithSummary("Who the caller is to the platform, and their organisations.");
}
