using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Practices.Pages;

/// <summary>The organisation's practices in every state, most recently updated first.</summary>
[TenantScoped]
public sealed class OurPracticesModel(CurrentMembership membership, PracticeReader reader) : PageModel
{
    public IReadOnlyList<PracticeListItem> Practices { get; private set; } = [];
    public bool CanRegister => membership.AtLeast(TenantRole.Editor);
    public string ListPath => $"/t/{membership.TenantSlug}/practices";

    public async Task OnGetAsync(CancellationToken cancellationToken) => Practices = await reader.OwnAsync(cancellationToken);
}
