using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Invitations;

public sealed class ListInvitations(PlatformDbContext db, TimeProvider clock) : IUseCase
{
    public async Task<IReadOnlyList<InvitationView>> HandleAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var recent = now.AddDays(-30);
        var invitations = await db.Invitations.AsNoTracking()
            .Where(i => i.CreatedAt >= recent)
            .OrderByDescending(i => i.CreatedAt)
            .ToListAsync(cancellationToken);
        return invitations.Select(i => InvitationView.From(i, now)).ToList();
    }
}
