using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.Core.Search;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Practices;

/// <summary>
/// Rebuilds the whole search index from the database (after a schema change or a lost index), in batches, reporting
/// progress. Run as <c>ImplementAll.Platform.Web reindex</c>.
/// </summary>
public sealed class Reindex(PlatformDbContext db, PracticeReader reader, PracticeDocuments documents, IPracticeSearchIndex index) : IUseCase
{
    public const int BatchSize = 1000;

    public async Task<int> RunAsync(IProgress<(int Done, int Total)> progress, CancellationToken cancellationToken)
    {
        await index.EnsureIndexAsync(cancellationToken);
        await index.ClearAsync(cancellationToken);
        var published = db.Practices.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AsNoTracking()
            .Where(p => p.RevisionNumber > 0 && p.Status != PracticeStatus.Archived);
        // Ids are small: take them all first, so batches stay stable while practices change during the rebuild.
        var all = await published.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        var done = 0;
        foreach (var ids in all.Chunk(BatchSize))
        {
            var views = await reader.PublishedAsync(ids, cancellationToken);
            await index.UpsertAsync(views.Select(v => documents.From(v)).ToList(), cancellationToken);
            done += ids.Length;
            progress.Report((done, all.Count));
        }

        await index.ReindexFinishedAsync(cancellationToken);
        return done;
    }
}
