using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Platform.Http;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ImplementAll.Platform.Web.Features.Members;

public static class MemberEndpoints
{
    public static void Map(RouteGroupBuilder tenant)
    {
        var members = tenant.MapGroup("/members").WithTags("Members");

        members.MapGet("", async (ListMembers list, CancellationToken ct) => TypedResults.Ok(await list.HandleAsync(ct)))
            .WithName("ListMembers").WithSummary("The organisation's members and their roles.");

        members.MapPut("/{membershipId:guid}/role", async Task<Results<Ok<MemberView>, ProblemHttpResult>> (
            Guid membershipId, ChangeRoleRequest request, ChangeMemberRole change, CancellationToken ct) =>
        {
            return (await change.HandleAsync(membershipId, request, ct)).ToOk();
        }).RequireTenantRole(TenantRole.Admin).WithName("ChangeMemberRole").WithSummary("Change a member's role (admins; owners for the owner role).");

        members.MapDelete("/{membershipId:guid}", async (Guid membershipId, RemoveMember remove, CancellationToken ct) =>
            (await remove.HandleAsync(membershipId, ct)).ToNoContent())
            .RequireTenantRole(TenantRole.Admin).WithName("RemoveMember").WithSummary("Remove a member (the last owner cannot be removed).");

        tenant.MapPost("/leave", async (RemoveMember remove, CurrentMembership me, CancellationToken ct) =>
            (await remove.HandleAsync(me.MembershipId, ct)).ToNoContent())
            .WithTags("Members").WithName("LeaveOrganisation").WithSummary("Leave the organisation (the last owner cannot leave).");
    }
}
