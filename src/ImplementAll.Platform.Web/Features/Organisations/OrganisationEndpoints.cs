using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Web.Platform.Http;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Organisations;

public static class OrganisationEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder tenant)
    {
        api.MapPost("/tenants", async Task<Results<Created<OrganisationSummary>, ProblemHttpResult>> (
            RegisterOrganisationRequest request, RegisterOrganisation register, CancellationToken ct) =>
        {
            var outcome = await register.HandleAsync(request, ct);
            return outcome.Failure is { } failure ? failure.ToProblem() : TypedResults.Created($"/api/v1/tenants/{outcome.Value!.Id}", outcome.Value);
        }).WithName("RegisterOrganisation").WithSummary("Register an organisation; the caller becomes its owner.");

        tenant.MapGet("", async Task<Results<Ok<OrganisationSummary>, NotFound>> (PlatformDbContext db, CurrentMembership membership, CancellationToken ct) =>
            await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Id == membership.TenantId, ct) is { } found
                ? TypedResults.Ok(OrganisationSummary.From(found))
                : TypedResults.NotFound())
            .WithName("GetOrganisation").WithSummary("The organisation's profile.");

        tenant.MapPut("", async Task<Results<Ok<OrganisationSummary>, ProblemHttpResult>> (
            OrganisationProfile request, EditOrganisationProfile edit, CancellationToken ct) =>
        {
            return (await edit.HandleAsync(request, ct)).ToOk();
        }).RequireTenantRole(TenantRole.Admin).WithName("EditOrganisationProfile").WithSummary("Edit the organisation's profile (admins).");
    }
}
