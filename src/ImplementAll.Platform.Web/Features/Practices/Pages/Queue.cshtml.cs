using ImplementAll.Platform.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Practices.Pages;

/// <summary>Curators' queue: submitted practices of every organisation, the longest waiting first.</summary>
[Authorize(Policy = AuthenticationSetup.CuratorPolicy)]
public sealed class CurationQueueModel(Curation curation) : PageModel
{
    public IReadOnlyList<QueueItem> Queue { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Queue = await curation.QueueAsync(cancellationToken);
}
