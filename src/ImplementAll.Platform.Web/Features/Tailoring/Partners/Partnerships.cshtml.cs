using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Tailoring.Partners;

/// <summary>An organisation's invitations to other organisations' projects and its partnerships, for its admins to answer.</summary>
[TenantScoped(TenantRole.Admin)]
public sealed class PartnershipsModel(CurrentMembership membership, Partnerships partnerships) : PageModel
{
    public IReadOnlyList<PartnershipView> Items { get; private set; } = [];
    public string ProjectsPath => $"/t/{membership.TenantSlug}/projects";

    public async Task OnGetAsync(CancellationToken cancellationToken) => Items = await partnerships.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAcceptAsync(Guid partnershipId, CancellationToken cancellationToken) =>
        await AfterAsync(partnershipId, await partnerships.AcceptAsync(partnershipId, cancellationToken),
            "You accepted: the project is now among your organisation's projects.", cancellationToken);

    public async Task<IActionResult> OnPostDeclineAsync(Guid partnershipId, CancellationToken cancellationToken) =>
        await AfterAsync(partnershipId, await partnerships.DeclineAsync(partnershipId, cancellationToken), "You declined the invitation.", cancellationToken);

    public async Task<IActionResult> OnPostLeaveAsync(Guid partnershipId, CancellationToken cancellationToken) =>
        await AfterAsync(partnershipId, await partnerships.LeaveAsync(partnershipId, cancellationToken),
            "Your organisation left the project and its people left the team.", cancellationToken);

    /// <summary>Back to the list with a notice, or the list with the failure beside the partnership it concerns.</summary>
    private async Task<IActionResult> AfterAsync(Guid partnershipId, Outcome<Done> outcome, string notice, CancellationToken cancellationToken)
    {
        if (outcome.Failure is { } failure)
        {
            ModelState.Clear();
            ModelState.AddModelError(failure.Kind == FailureKind.NotFound ? "" : $"Partnership.{partnershipId}", failure.Detail);
            await OnGetAsync(cancellationToken);
            return Page();
        }

        TempData["Notice"] = notice;
        return Redirect($"/t/{membership.TenantSlug}/partnerships");
    }
}
