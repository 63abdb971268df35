using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Members;

public sealed class ListMembers(PlatformDbContext db) : IUseCase
{
    public async Task<IReadOnlyList<MemberView>> HandleAsync(CancellationToken cancellationToken) =>
        await db.Memberships.AsNoTracking()
            .OrderByDescending(m => m.Role).ThenBy(m => m.User.DisplayName)
            .Select(m => new MemberView(m.Id, m.UserId, m.User.DisplayName, m.User.Email, m.Role, m.JoinedAt))
            .ToListAsync(cancellationToken);
}
