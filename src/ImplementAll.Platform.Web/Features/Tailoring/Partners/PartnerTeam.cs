using ImplementAll.Platform.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Partners;

/// <summary>When a partnership ends, the partner's people leave the project team with it, in the same change.</summary>
internal static class PartnerTeam
{
    /// <param name="db">A unit of work that runs for the project's lead tenant, which owns the team rows.</param>
    public static async Task RemoveAsync(PlatformDbContext db, Guid projectId, Guid partnerTenantId, CancellationToken cancellationToken) =>
        db.ProjectMembers.RemoveRange(
            await db.ProjectMembers.Where(m => m.ProjectId == projectId && m.OrganisationId == partnerTenantId).ToListAsync(cancellationToken));
}
