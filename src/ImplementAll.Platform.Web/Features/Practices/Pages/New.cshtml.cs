using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Web.Platform.Http;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Practices.Pages;

/// <summary>Step 1 of the registration wizard for a practice that does not exist yet: saving it creates the draft.</summary>
[TenantScoped(TenantRole.Editor)]
public sealed class NewPracticeModel(CurrentMembership membership, PracticeDrafting drafting) : PageModel
{
    public PracticeInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? go, CancellationToken cancellationToken)
    {
        // The use case checks the input (annotations and reference lists); the page only reports what binding could not read.
        Input = await this.BindPracticeInputAsync(nameof(Input));
        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var input = new PracticeInput();
        WizardSteps.Overlay(1, Input, input);
        var outcome = await drafting.RegisterAsync(input, cancellationToken);
        if (outcome.Failure is { } failure)
        {
            ModelState.Clear();
            failure.AddTo(ModelState, nameof(Input));
            Input = input;
            return Page();
        }

        TempData["Notice"] = "The draft is saved. Only your organisation can see it.";
        var edit = $"/t/{membership.TenantSlug}/practices/{outcome.Value!.Id}/edit";
        return Redirect(go == "save" ? $"{edit}?step=1" : $"{edit}?step=2");
    }
}
