using ImplementAll.Platform.Web.Platform.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Invitations;

/// <summary>The page an invitation link opens; sign-in is required so the membership goes to the right person.</summary>
[Authorize]
public sealed class AcceptModel(AcceptInvitation accept) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public InvitationPreview? Preview { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await accept.HandleAsync(new AcceptInvitationRequest { Token = Token ?? "" }, cancellationToken);
        if (outcome.Failure is { } failure)
        {
            await LoadAsync(cancellationToken);
            failure.AddTo(ModelState, "");
            return Page();
        }

        TempData["Notice"] = $"Welcome to {outcome.Value!.TenantName}.";
        return Redirect($"/t/{outcome.Value.TenantSlug}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var preview = await accept.PreviewAsync(Token, cancellationToken);
        Preview = preview.Value;
        Problem = preview.Failure?.Detail;
    }
}
