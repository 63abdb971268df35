using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Tenancy;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ImplementAll.Platform.Web.Features.Tailoring.Partners;

/// <summary>
/// A partner's answer also changes the lead's rows: its people leave the lead's project team, and the lead's audit log
/// names the partner (decision record 0007). The request's unit of work runs for the partner and its tenant cannot
/// change, so the owner's rows are written by a second unit of work that runs for the owner, on the same connection and
/// in the same transaction: both commit or neither does, and each unit's save check still refuses any other tenant's rows.
/// </summary>
public sealed class OwnerSide(PlatformDbContext db, IServiceScopeFactory scopes) : IUseCase
{
    /// <summary>
    /// Saves the request's pending changes together with <paramref name="change"/>, applied to a context that runs for
    /// <paramref name="ownerTenantId"/>. Its audit trail has no signed-in person, so entries name their actor explicitly.
    /// </summary>
    public Task SaveAsync(Guid ownerTenantId, Func<PlatformDbContext, AuditTrail, Task> change, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(ownerTenantId);
            var owner = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            owner.Database.SetDbConnection(db.Database.GetDbConnection());
            await owner.Database.UseTransactionAsync(transaction.GetDbTransaction(), ct);
            await change(owner, scope.ServiceProvider.GetRequiredService<AuditTrail>());
            await owner.SaveChangesAsync(ct);
            // Accepted only after the commit, so that a retried attempt saves the request's changes again.
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.AcceptAllChanges();
        }, cancellationToken);
}
