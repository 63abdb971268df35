using System.Text.Json;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Practices;

public sealed record QueueItem(Guid Id, string Title, PracticeType Type, string OwnerName, Guid OwnerTenantId, DateTime SubmittedAt, bool FirstPublication);

/// <summary>
/// Curators (a platform role) review submitted practices of every tenant. They read across tenants, and each write is
/// made under the practice's own tenant, so the save-time tenant check still holds.
/// </summary>
public sealed class Curation(PlatformDbContext db, CurrentUser user, PracticeReader reader, SearchOutbox outbox, TimeProvider clock) : IUseCase
{
    public async Task<IReadOnlyList<QueueItem>> QueueAsync(CancellationToken cancellationToken)
    {
        var submitted = await db.Practices.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AsNoTracking()
            .Where(p => p.Status == PracticeStatus.Submitted)
            .Join(db.Tenants, p => p.TenantId, t => t.Id, (p, t) => new { p.Id, p.Title, p.Type, Owner = t.Name, p.TenantId, p.UpdatedAt, p.RevisionNumber })
            .ToListAsync(cancellationToken);
        return submitted.OrderBy(p => p.UpdatedAt)
            .Select(p => new QueueItem(p.Id, p.Title, p.Type, p.Owner, p.TenantId, p.UpdatedAt, p.RevisionNumber == 0))
            .ToList();
    }

    public Task<Outcome<PracticeStatus>> PublishAsync(Guid practiceId, ReviewNote note, CancellationToken cancellationToken) =>
        ReviewAsync(practiceId, note, ReviewAction.Published, async practice =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            practice.Status = PracticeStatus.Published;
            practice.PublishedAt = now;
            practice.LastConfirmedAt = now;
            practice.StaleReminderSentAt = null;
            practice.RevisionNumber++;
            var view = await reader.WorkingCopyAsync(practice, cancellationToken);
            db.PracticeRevisions.Add(new PracticeRevision
            {
                PracticeId = practice.Id, Number = practice.RevisionNumber, PublishedAt = now, PublishedBy = user.DisplayName,
                Snapshot = JsonSerializer.Serialize(view, PracticeReader.SnapshotJson),
            });
            outbox.Add(practice);
            return null;
        }, cancellationToken);

    public Task<Outcome<PracticeStatus>> RequestChangesAsync(Guid practiceId, ReviewNote note, CancellationToken cancellationToken) =>
        ReviewAsync(practiceId, note, ReviewAction.ChangesRequested, practice =>
        {
            if (string.IsNullOrWhiteSpace(note.Text))
            {
                return Task.FromResult<Failure?>(Failure.Field(nameof(ReviewNote.Text), "Say what should change."));
            }

            practice.Status = PracticeStatus.ChangesRequested;
            return Task.FromResult<Failure?>(null);
        }, cancellationToken);

    private async Task<Outcome<PracticeStatus>> ReviewAsync(
        Guid practiceId, ReviewNote note, ReviewAction action, Func<Practice, Task<Failure?>> decide, CancellationToken cancellationToken)
    {
        if (Failure.Validate(note) is { } invalid)
        {
            return invalid;
        }

        var tenantId = await db.Practices.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(p => p.Id == practiceId).Select(p => (Guid?)p.TenantId).SingleOrDefaultAsync(cancellationToken);
        if (tenantId is null)
        {
            return Failure.NotFound("The practice");
        }

        db.Tenant.Set(tenantId.Value);
        var practice = await db.Practices.SingleAsync(p => p.Id == practiceId, cancellationToken);
        if (practice.Status != PracticeStatus.Submitted)
        {
            return PracticeWorkflow.NotFrom(practice, "reviewed");
        }

        if (await decide(practice) is { } refused)
        {
            return refused;
        }

        db.ReviewComments.Add(new ReviewComment
        {
            PracticeId = practice.Id, Action = action, AuthorName = user.DisplayName, AuthorUserId = user.User?.Id,
            Text = note.Text?.Trim() ?? "", At = clock.GetUtcNow().UtcDateTime,
        });
        db.AuditEntries.Add(new Core.Audit.AuditEntry
        {
            ActorUserId = user.User?.Id, ActorName = user.DisplayName, Action = $"practice.{action.ToString().ToLowerInvariant()}", Target = practice.Title,
            Details = "by a curator", At = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        outbox.Dispatch();
        return practice.Status;
    }
}
