using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.Web.Platform.Jobs;

namespace ImplementAll.Platform.Web.Features.Practices;

/// <summary>
/// Records, in the same save as the change, that a practice's entry in the search index must be refreshed; after the
/// commit <see cref="Dispatch"/> asks the background indexer to do it now. If that request is lost, the sweep finds the
/// unprocessed entries in the database.
/// </summary>
public sealed class SearchOutbox(PlatformDbContext db, TenantJobs jobs, TimeProvider clock, ILogger<SearchOutbox> logger)
{
    private readonly HashSet<Guid> tenants = [];

    public void Add(Practice practice)
    {
        db.SearchOutbox.Add(new SearchOutboxEntry { TenantId = practice.TenantId, PracticeId = practice.Id, CreatedAt = clock.GetUtcNow().UtcDateTime });
        tenants.Add(practice.TenantId);
    }

    public void Dispatch()
    {
        foreach (var tenant in tenants)
        {
            try
            {
                jobs.EnqueueFor<IndexPractices>(tenant, tenant);
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Could not enqueue indexing for tenant {TenantId}; the sweep will", tenant);
            }
        }

        tenants.Clear();
    }
}
