using ImplementAll.Platform.Web.Features.Organisations;
using ImplementAll.Platform.Web.Platform.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Home;

public sealed class IndexModel(CurrentUser user, MyOrganisations organisations) : PageModel
{
    public bool SignedIn => user.IsAuthenticated;
    public bool Registered => user.IsRegistered;
    public IReadOnlyList<MyOrganisation> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Organisations = await organisations.ListAsync(cancellationToken);
}
