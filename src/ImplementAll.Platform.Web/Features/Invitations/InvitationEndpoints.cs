using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Web.Features.Members;
using ImplementAll.Platform.Web.Platform.Http;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ImplementAll.Platform.Web.Features.Invitations;

public static class InvitationEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder tenant)
    {
        var invitations = tenant.MapGroup("/invitations").WithTags("Invitations").RequireTenantRole(TenantRole.Admin);

        invitations.MapGet("", async (ListInvitations list, CancellationToken ct) => TypedResults.Ok(await list.HandleAsync(ct)))
            .WithName("ListInvitations").WithSummary("Invitations of the last 30 days and their state.");

        invitations.MapPost("", async Task<Results<Created<InvitationView>, ProblemHttpResult>> (
            InviteMemberRequest request, InviteMember invite, CurrentMembership membership, CancellationToken ct) =>
        {
            var outcome = await invite.HandleAsync(request, ct);
            return outcome.Failure is { } failure
                ? failure.ToProblem()
                : TypedResults.Created($"/api/v1/tenants/{membership.TenantId}/invitations/{outcome.Value!.Id}", outcome.Value);
        }).WithName("InviteMember").WithSummary("Invite someone by email; the link is mailed to them, never returned here.");

        invitations.MapDelete("/{invitationId:guid}", async (Guid invitationId, RevokeInvitation revoke, CancellationToken ct) =>
            (await revoke.HandleAsync(invitationId, ct)).ToNoContent())
            .WithName("RevokeInvitation").WithSummary("Withdraw a pending invitation.");

        api.MapPost("/invitations/accept", async Task<Results<Ok<AcceptedInvitation>, ProblemHttpResult>> (
            AcceptInvitationRequest request, AcceptInvitation accept, CancellationToken ct) =>
        {
            return (await accept.HandleAsync(request, ct)).ToOk();
        }).WithTags("Invitations").WithName("AcceptInvitation").WithSummary("Accept an invitation with the token from its link.");
    }
}
