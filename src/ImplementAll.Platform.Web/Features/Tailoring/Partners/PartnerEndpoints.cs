using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Web.Platform.Http;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ImplementAll.Platform.Web.Features.Tailoring.Partners;

/// <summary>
/// Partnerships in collective projects (decision record 0007): the lead's side under the project's
/// <c>/partners</c>, and the partner's side under its own tenant's <c>/partnerships</c>, for its admins.
/// </summary>
public static class PartnerEndpoints
{
    public static void Map(RouteGroupBuilder project, RouteGroupBuilder tenant)
    {
        MapLeadSide(project.MapGroup("/partners").WithTags("Partnerships"));
        MapPartnerSide(tenant.MapGroup("/partnerships").WithTags("Partnerships").RequireTenantRole(TenantRole.Admin));
    }

    private static void MapLeadSide(RouteGroupBuilder partners)
    {
        partners.MapGet("", async (Guid projectId, ProjectPartners list, CancellationToken ct) => (await list.ListAsync(projectId, ct)).ToOk())
            .WithName("ListProjectPartners").WithSummary("The organisations invited to the project, with their partnerships' states and dates (leads of the lead organisation).");

        partners.MapPost("", async Task<Results<Created<ProjectPartnerView>, ProblemHttpResult>> (
            Guid projectId, PartnerInvitationInput input, ProjectPartners partnersOf, CurrentMembership membership, CancellationToken ct) =>
        {
            var invited = await partnersOf.InviteAsync(projectId, input, ct);
            return invited.Failure is { } failure
                ? failure.ToProblem()
                : TypedResults.Created($"/api/v1/tenants/{membership.TenantId}/projects/{projectId}/partners/{invited.Value!.Id}", invited.Value);
        }).WithName("InviteProjectPartner")
            .WithSummary("Invite an organisation, named by its short name, to take part (leads of the lead organisation); its admins are mailed.");

        partners.MapPost("/{partnershipId:guid}/revoke", async (Guid projectId, Guid partnershipId, ProjectPartners partnersOf, CancellationToken ct) =>
            (await partnersOf.RevokeAsync(projectId, partnershipId, ct)).ToNoContent())
            .WithName("RevokeProjectPartner").WithSummary("End an invitation or a partnership; the partner's people leave the team.");
    }

    private static void MapPartnerSide(RouteGroupBuilder partnerships)
    {
        partnerships.MapGet("", async (Partnerships list, CancellationToken ct) => TypedResults.Ok(await list.ListAsync(ct)))
            .WithName("ListPartnerships").WithSummary("Invitations to other organisations' projects and the partnerships this organisation takes part in.");

        partnerships.MapPost("/{partnershipId:guid}/accept", async (Guid partnershipId, Partnerships answer, CancellationToken ct) =>
            (await answer.AcceptAsync(partnershipId, ct)).ToNoContent())
            .WithName("AcceptPartnership").WithSummary("Accept an invitation: the organisation's members can then read the project.");

        partnerships.MapPost("/{partnershipId:guid}/decline", async (Guid partnershipId, Partnerships answer, CancellationToken ct) =>
            (await answer.DeclineAsync(partnershipId, ct)).ToNoContent())
            .WithName("DeclinePartnership").WithSummary("Decline an invitation.");

        partnerships.MapPost("/{partnershipId:guid}/leave", async (Guid partnershipId, Partnerships answer, CancellationToken ct) =>
            (await answer.LeaveAsync(partnershipId, ct)).ToNoContent())
            .WithName("LeavePartnership").WithSummary("Leave a project; the organisation's people leave its team.");
    }
}
