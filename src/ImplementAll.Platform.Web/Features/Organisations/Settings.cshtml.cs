using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Web.Platform.Http;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Organisations;

[TenantScoped(TenantRole.Admin)]
public sealed class SettingsModel(PlatformDbContext db, CurrentMembership membership, EditOrganisationProfile edit) : PageModel
{
    [BindProperty]
    public OrganisationProfile Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Input = OrganisationProfile.From<OrganisationProfile>(await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == membership.TenantId, cancellationToken));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await edit.HandleAsync(Input, cancellationToken);
        if (outcome.Failure is { } failure)
        {
            ModelState.Clear();
            failure.AddTo(ModelState);
            return Page();
        }

        TempData["Notice"] = "The organisation's profile is saved.";
        return Redirect($"/t/{membership.TenantSlug}/settings");
    }
}
