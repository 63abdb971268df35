using System.Text.RegularExpressions;
using ImplementAll.Platform.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Organisations;

/// <summary>The tenant switcher's target: a plain GET form, so switching works without JavaScript.</summary>
public sealed partial class SwitchModel : PageModel
{
    public IActionResult OnGet(string? slug) => slug is not null && SlugFormat().IsMatch(slug) ? Redirect($"/t/{slug}") : Redirect("/");

    [GeneratedRegex(Slugs.Pattern)]
    private static partial Regex SlugFormat();
}
