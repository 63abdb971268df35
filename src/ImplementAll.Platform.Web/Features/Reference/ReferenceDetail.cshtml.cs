using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Reference;

public sealed class ReferenceDetailModel(ReferenceCatalogue catalogue) : PageModel
{
    public ReferenceTaxonomy Taxonomy { get; private set; } = null!;

    public IActionResult OnGet(string key)
    {
        if (catalogue.Find(key) is not { } taxonomy)
        {
            return NotFound();
        }

        Taxonomy = taxonomy;
        return Page();
    }
}
