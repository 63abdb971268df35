using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ImplementAll.Platform.Web.Features.Status;

/// <summary>What a person sees for an error status; deliberately says the same for "missing" and "not yours".</summary>
public sealed class StatusModel(IStringLocalizer<SharedResource> l) : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int code)
    {
        (Title, Explanation) = code switch
        {
            404 => (l["Page not found"].Value, l["There is nothing here, or you are not a member of the organisation it belongs to."].Value),
            403 => (l["Not allowed"].Value, l["Your role does not allow this. Ask an administrator of the organisation."].Value),
            400 => (l["Bad request"].Value, l["The request could not be understood."].Value),
            _ => (l["Something went wrong"].Value, l["Please try again. If it keeps happening, tell the platform team."].Value),
        };
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
    }
}
