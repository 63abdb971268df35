using ImplementAll.Platform.Web.Platform.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Organisations;

[Authorize]
public sealed class RegisterModel(RegisterOrganisation register) : PageModel
{
    [BindProperty]
    public RegisterOrganisationRequest Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await register.HandleAsync(Input, cancellationToken);
        if (outcome.Failure is { } failure)
        {
            ModelState.Clear();
            failure.AddTo(ModelState);
            return Page();
        }

        TempData["Notice"] = $"{outcome.Value!.Name} is registered. You are its owner.";
        return Redirect($"/t/{outcome.Value.Slug}");
    }
}
