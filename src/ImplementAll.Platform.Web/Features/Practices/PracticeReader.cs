using System.Text.Json;
using System.Text.Json.Serialization;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Practices;

public sealed record PracticeListItem(Guid Id, string Title, PracticeType Type, PracticeStatus Status, int RevisionNumber, int Trl, DateTime UpdatedAt, bool Stale);

/// <summary>
/// Reads practices for the three audiences: the owner's working copies (tenant filter), the public's last published
/// revisions (across tenants, published only), and curators (across tenants, for review).
/// </summary>
public sealed class PracticeReader(PlatformDbContext db, TimeProvider clock) : IUseCase
{
    // Enums as names keep snapshots readable in diffs and stable if an enum is ever reordered; numbers still read.
    public static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private IQueryable<Practice> AllTenants => db.Practices.IgnoreQueryFilters([PlatformDbContext.TenantFilter]);

    public async Task<PracticeView> WorkingCopyAsync(Practice practice, CancellationToken cancellationToken) =>
        practice.ToView(await OwnerNameAsync(practice.TenantId, cancellationToken), clock.GetUtcNow().UtcDateTime);

    public async Task<PracticeView?> OwnWorkingCopyAsync(Guid practiceId, CancellationToken cancellationToken) =>
        await db.Practices.AsNoTracking().SingleOrDefaultAsync(p => p.Id == practiceId, cancellationToken) is { } practice
            ? await WorkingCopyAsync(practice, cancellationToken)
            : null;

    public async Task<IReadOnlyList<PracticeListItem>> OwnAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var practices = await db.Practices.AsNoTracking().OrderByDescending(p => p.UpdatedAt).ToListAsync(cancellationToken);
        return practices.Select(p => new PracticeListItem(p.Id, p.Title, p.Type, p.Status, p.RevisionNumber, p.Maturity.Trl, p.UpdatedAt, p.IsStaleAt(now))).ToList();
    }

    /// <summary>The last published revision, or null when there is none or the practice is archived.</summary>
    public async Task<PracticeView?> PublishedAsync(Guid practiceId, CancellationToken cancellationToken) =>
        (await PublishedAsync([practiceId], cancellationToken)).SingleOrDefault();

    /// <summary>
    /// The last published revisions of many practices in one query, for indexing in batches. Only the current revision's
    /// snapshot is read: older revisions stay in the database.
    /// </summary>
    public async Task<IReadOnlyList<PracticeView>> PublishedAsync(IReadOnlyCollection<Guid> practiceIds, CancellationToken cancellationToken)
    {
        var current = await AllTenants.AsNoTracking()
            .Where(p => practiceIds.Contains(p.Id) && p.RevisionNumber > 0 && p.Status != PracticeStatus.Archived)
            .Join(db.PracticeRevisions.IgnoreQueryFilters([PlatformDbContext.TenantFilter]),
                p => new { PracticeId = p.Id, Number = p.RevisionNumber }, r => new { r.PracticeId, r.Number },
                (p, r) => new { p.LastConfirmedAt, r.Snapshot })
            .ToListAsync(cancellationToken);
        var staleBefore = clock.GetUtcNow().UtcDateTime.AddYears(-1);
        return current
            .Select(r => JsonSerializer.Deserialize<PracticeView>(r.Snapshot, SnapshotJson)! with
            {
                Status = PracticeStatus.Published,
                LastConfirmedAt = r.LastConfirmedAt,
                Stale = r.LastConfirmedAt <= staleBefore,
            })
            .ToList();
    }

    /// <summary>For curators: any practice awaiting or past review, whichever tenant owns it.</summary>
    public async Task<PracticeView?> ForCurationAsync(Guid practiceId, CancellationToken cancellationToken) =>
        await AllTenants.AsNoTracking().SingleOrDefaultAsync(p => p.Id == practiceId && p.Status != PracticeStatus.Draft, cancellationToken) is { } practice
            ? await WorkingCopyAsync(practice, cancellationToken)
            : null;

    public async Task<string> OwnerNameAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken) ?? "";
}
