using System.Security.Claims;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.SignIn;

/// <summary>Entra sign-in in the cloud face; in the embedded face, a picker of the local demo people.</summary>
public sealed class SignInModel(PlatformDbContext db, PlatformSetup setup) : PageModel
{
    public IReadOnlyList<User> People { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (setup.Identity == IdentityProvider.Entra)
        {
            return Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl() }, OpenIdConnectDefaults.AuthenticationScheme);
        }

        await LoadPeopleAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? userName, CancellationToken cancellationToken)
    {
        if (setup.Identity != IdentityProvider.Local)
        {
            return NotFound();
        }

        var person = await db.Users.SingleOrDefaultAsync(u => u.Issuer == ExternalIdentities.LocalIssuer && u.Subject == userName, cancellationToken);
        if (person is null)
        {
            ModelState.AddModelError("", "Choose one of the people listed.");
            await LoadPeopleAsync(cancellationToken);
            return Page();
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, person.Subject), new Claim(ClaimTypes.Name, person.DisplayName), new Claim(ClaimTypes.Email, person.Email)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(SafeReturnUrl());
    }

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";

    private async Task LoadPeopleAsync(CancellationToken cancellationToken) =>
        People = await db.Users.Where(u => u.Issuer == ExternalIdentities.LocalIssuer).OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
}
