using System.Text.Json;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Practices;

public sealed record RevisionSummary(int Number, DateTime PublishedAt, string PublishedBy);

public sealed record FieldChange(string Field, string Before, string After);

public sealed record RevisionDiff(int From, int To, IReadOnlyList<FieldChange> Changes);

/// <summary>The published revisions of a practice and what changed between any two of them. Public, like the revisions.</summary>
public sealed class PracticeHistory(PlatformDbContext db) : IUseCase
{
    private static readonly HashSet<string> Bookkeeping = ["status", "revisionNumber", "publishedAt", "updatedAt", "lastConfirmedAt", "stale"];

    private static readonly string[] TenantFilter = [PlatformDbContext.TenantFilter];

    // Revisions are public like the practice itself: across tenants, unless the practice was archived.
    private IQueryable<PracticeRevision> Revisions(Guid practiceId)
    {
        var visible = db.Practices.IgnoreQueryFilters(TenantFilter).Where(p => p.Id == practiceId && p.Status != PracticeStatus.Archived);
        return db.PracticeRevisions.IgnoreQueryFilters(TenantFilter).AsNoTracking()
            .Where(r => r.PracticeId == practiceId && visible.Any());
    }

    public async Task<IReadOnlyList<RevisionSummary>> ListAsync(Guid practiceId, CancellationToken cancellationToken) =>
        await Revisions(practiceId).OrderByDescending(r => r.Number)
            .Select(r => new RevisionSummary(r.Number, r.PublishedAt, r.PublishedBy)).ToListAsync(cancellationToken);

    public async Task<Outcome<RevisionDiff>> DiffAsync(Guid practiceId, int from, int to, CancellationToken cancellationToken)
    {
        var snapshots = await Revisions(practiceId).Where(r => r.Number == from || r.Number == to)
            .ToDictionaryAsync(r => r.Number, r => r.Snapshot, cancellationToken);
        if (!snapshots.ContainsKey(from) || !snapshots.ContainsKey(to))
        {
            return Failure.NotFound("The revision");
        }

        using var before = JsonDocument.Parse(snapshots[from]);
        using var after = JsonDocument.Parse(snapshots[to]);
        var old = before.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        var changes = after.RootElement.EnumerateObject()
            .Where(p => !Bookkeeping.Contains(p.Name))
            .Select(p => (p.Name, Before: old.TryGetValue(p.Name, out var o) ? Text(o) : "", After: Text(p.Value)))
            .Where(c => c.Before != c.After)
            .Select(c => new FieldChange(c.Name, c.Before, c.After))
            .ToList();
        return new RevisionDiff(from, to, changes);
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Null => "",
        JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) =>
            string.Join(", ", value.EnumerateArray().Select(v => v.GetString())),
        _ => value.GetRawText(),
    };
}
