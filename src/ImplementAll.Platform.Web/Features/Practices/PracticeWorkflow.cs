using System.ComponentModel.DataAnnotations;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Practices;

public sealed class ReviewNote
{
    [StringLength(PracticeLimits.CommentLength, ErrorMessage = "A comment can be at most 4,000 characters.")]
    public string? Text { get; set; }
}

/// <summary>
/// The owner's side of the workflow: Draft → Submitted, ChangesRequested → Submitted, confirming a published entry is
/// still current, and archiving. Every step is recorded in the review conversation and the audit log.
/// </summary>
public sealed class PracticeWorkflow(PlatformDbContext db, CurrentUser user, SearchOutbox outbox, AuditTrail audit, TimeProvider clock) : IUseCase
{
    public Task<Outcome<PracticeStatus>> SubmitAsync(Guid practiceId, ReviewNote note, CancellationToken cancellationToken) =>
        ChangeAsync(practiceId, note, ReviewAction.Submitted, "practice.submitted", practice =>
            practice.Status is PracticeStatus.Draft or PracticeStatus.ChangesRequested
                ? PracticeRules.ReadyForReview(practice) ?? Apply(practice, PracticeStatus.Submitted)
                : NotFrom(practice, "submitted"),
            cancellationToken);

    public Task<Outcome<PracticeStatus>> ConfirmAsync(Guid practiceId, ReviewNote note, CancellationToken cancellationToken) =>
        ChangeAsync(practiceId, note, ReviewAction.Confirmed, "practice.confirmed", practice =>
        {
            if (practice.RevisionNumber == 0 || practice.Status == PracticeStatus.Archived)
            {
                return NotFrom(practice, "confirmed as current");
            }

            practice.LastConfirmedAt = clock.GetUtcNow().UtcDateTime;
            practice.StaleReminderSentAt = null;
            return null;
        }, cancellationToken);

    public Task<Outcome<PracticeStatus>> ArchiveAsync(Guid practiceId, ReviewNote note, CancellationToken cancellationToken) =>
        ChangeAsync(practiceId, note, ReviewAction.Archived, "practice.archived", practice =>
        {
            if (practice.Status == PracticeStatus.Archived)
            {
                return NotFrom(practice, "archived");
            }

            outbox.Add(practice);
            return Apply(practice, PracticeStatus.Archived);
        }, cancellationToken);

    private async Task<Outcome<PracticeStatus>> ChangeAsync(
        Guid practiceId, ReviewNote note, ReviewAction action, string auditAction, Func<Practice, Failure?> change, CancellationToken cancellationToken)
    {
        if (Failure.Validate(note) is { } invalid)
        {
            return invalid;
        }

        var practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == practiceId, cancellationToken);
        if (practice is null)
        {
            return Failure.NotFound("The practice");
        }

        if (change(practice) is { } refused)
        {
            return refused;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.ReviewComments.Add(new ReviewComment
        {
            PracticeId = practice.Id, Action = action, AuthorName = user.DisplayName, AuthorUserId = user.User?.Id, Text = note.Text?.Trim() ?? "", At = now,
        });
        audit.Record(auditAction, practice.Title);
        await db.SaveChangesAsync(cancellationToken);
        outbox.Dispatch();
        return practice.Status;
    }

    private static Failure? Apply(Practice practice, PracticeStatus status)
    {
        practice.Status = status;
        return null;
    }

    internal static Failure NotFrom(Practice practice, string wanted) =>
        Failure.Conflict("Not possible now", $"A practice that is {Describe(practice.Status)} cannot be {wanted}.");

    internal static string Describe(PracticeStatus status) => status switch
    {
        PracticeStatus.ChangesRequested => "waiting for changes",
        _ => status.ToString().ToLowerInvariant(),
    };
}
