using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Features.Invitations;
using ImplementAll.Platform.Web.Platform.Http;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Members;

[TenantScoped]
public sealed class MembersModel(
    CurrentMembership membership, ListMembers listMembers, ListInvitations listInvitations,
    ChangeMemberRole changeRole, RemoveMember removeMember, InviteMember invite, RevokeInvitation revoke) : PageModel
{
    public IReadOnlyList<MemberView> Members { get; private set; } = [];
    public IReadOnlyList<InvitationView> Invitations { get; private set; } = [];
    public bool CanManage => membership.AtLeast(TenantRole.Admin);
    public Guid MyMembershipId => membership.MembershipId;

    [BindProperty]
    public InviteMemberRequest Invite { get; set; } = new();

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        var outcome = await invite.HandleAsync(Invite, cancellationToken);
        return await AfterAsync(outcome.Failure, $"An invitation was sent to {Invite.Email}.", "Invite", cancellationToken);
    }

    public async Task<IActionResult> OnPostChangeRoleAsync(Guid membershipId, TenantRole? role, CancellationToken cancellationToken)
    {
        var outcome = await changeRole.HandleAsync(membershipId, new ChangeRoleRequest { Role = role }, cancellationToken);
        return await AfterAsync(outcome.Failure, "The role was changed.", "", cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid membershipId, CancellationToken cancellationToken)
    {
        var outcome = await removeMember.HandleAsync(membershipId, cancellationToken);
        return await AfterAsync(outcome.Failure, "The member was removed.", "", cancellationToken);
    }

    public async Task<IActionResult> OnPostLeaveAsync(CancellationToken cancellationToken)
    {
        var outcome = await removeMember.HandleAsync(membership.MembershipId, cancellationToken);
        if (outcome.Failure is null)
        {
            TempData["Notice"] = $"You left {membership.TenantName}.";
            return Redirect("/");
        }

        return await AfterAsync(outcome.Failure, "", "", cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid invitationId, CancellationToken cancellationToken)
    {
        var outcome = await revoke.HandleAsync(invitationId, cancellationToken);
        return await AfterAsync(outcome.Failure, "The invitation was withdrawn.", "", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(Failure? failure, string notice, string prefix, CancellationToken cancellationToken)
    {
        if (failure is null)
        {
            TempData["Notice"] = notice;
            return Redirect($"/t/{membership.TenantSlug}/members");
        }

        ModelState.Clear();
        failure.AddTo(ModelState, prefix);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Members = await listMembers.HandleAsync(cancellationToken);
        Invitations = CanManage ? await listInvitations.HandleAsync(cancellationToken) : [];
    }
}
