using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Search;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Jobs;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Practices;

/// <summary>
/// Brings the search index up to date with one tenant's pending outbox entries. Idempotent: it always writes the
/// practice's current public state (its last published revision, or nothing), so running twice changes nothing.
/// </summary>
public sealed class IndexPractices(PlatformDbContext db, PracticeReader reader, PracticeDocuments documents, IPracticeSearchIndex index, TimeProvider clock)
    : ITenantJob
{
    public async Task RunAsync(Guid id, CancellationToken cancellationToken)
    {
        var pending = await db.SearchOutbox.Where(e => e.ProcessedAt == null).OrderBy(e => e.Id).Take(500).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return;
        }

        var practiceIds = pending.Select(e => e.PracticeId).Distinct().ToList();
        var published = await reader.PublishedAsync(practiceIds, cancellationToken);
        var upserts = published.Select(v => documents.From(v)).ToList();
        var deletes = practiceIds.Except(published.Select(v => v.Id)).ToList();

        if (upserts.Count > 0)
        {
            await index.UpsertAsync(upserts, cancellationToken);
        }

        if (deletes.Count > 0)
        {
            await index.DeleteAsync(deletes, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        pending.ForEach(e =>
        {
            e.ProcessedAt = now;
            e.Attempts++;
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Finds tenants with unprocessed outbox entries and indexes each under its own tenant.</summary>
[Recurring("* * * * *")]
public sealed class SearchOutboxSweep(PlatformDbContext db, TenantJobs jobs) : IPlatformJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var tenants = await db.SearchOutbox.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(e => e.ProcessedAt == null).Select(e => e.TenantId).Distinct().ToListAsync(cancellationToken);
        foreach (var tenant in tenants)
        {
            jobs.EnqueueFor<IndexPractices>(tenant, tenant);
        }
    }
}
