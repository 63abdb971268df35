using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Reference;

public sealed class ReferenceIndexModel(ReferenceCatalogue catalogue) : PageModel
{
    public ReferenceCatalogue Catalogue => catalogue;
}
