using ImplementAll.Platform.Core.Blobs;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Practices;

/// <summary>Editors of the owning tenant register practices and edit their working copy.</summary>
public sealed class PracticeDrafting(
    PlatformDbContext db, PracticeRules rules, PracticeReader reader, IBlobStore blobs, AuditTrail audit, TimeProvider clock, ILogger<PracticeDrafting> logger) : IUseCase
{
    public async Task<Outcome<PracticeView>> RegisterAsync(PracticeInput input, CancellationToken cancellationToken)
    {
        if (rules.Check(input) is { } invalid)
        {
            return invalid;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var practice = new Practice { Title = "", CreatedAt = now, UpdatedAt = now, LastConfirmedAt = now };
        input.ApplyTo(practice);
        db.Practices.Add(practice);
        audit.Record("practice.registered", practice.Title);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.WorkingCopyAsync(practice, cancellationToken);
    }

    public async Task<Outcome<PracticeView>> EditAsync(Guid practiceId, PracticeInput input, CancellationToken cancellationToken)
    {
        var practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == practiceId, cancellationToken);
        if (practice is null)
        {
            return Failure.NotFound("The practice");
        }

        if (practice.Status is PracticeStatus.Submitted or PracticeStatus.Archived)
        {
            return Failure.Conflict("Not editable",
                practice.Status == PracticeStatus.Submitted
                    ? "The practice is being reviewed by a curator; wait for the review before editing."
                    : "The practice is archived and can no longer be edited.");
        }

        if (rules.Check(input) is { } invalid)
        {
            return invalid;
        }

        input.ApplyTo(practice);
        practice.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        // Edits to a published practice become a new draft; readers keep seeing the last published revision meanwhile.
        if (practice.Status == PracticeStatus.Published)
        {
            practice.Status = PracticeStatus.Draft;
        }

        audit.Record("practice.edited", practice.Title);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.WorkingCopyAsync(practice, cancellationToken);
    }

    public async Task<Outcome<Done>> DeleteDraftAsync(Guid practiceId, CancellationToken cancellationToken)
    {
        var practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == practiceId, cancellationToken);
        if (practice is null)
        {
            return Failure.NotFound("The practice");
        }

        if (practice.RevisionNumber > 0 || practice.Status != PracticeStatus.Draft)
        {
            return Failure.Conflict("Not a draft", "Only a draft that was never published can be deleted; archive a published practice instead.");
        }

        var files = await db.Attachments.Where(a => a.PracticeId == practiceId)
            .Select(a => new { a.BlobKey, a.ThumbnailBlobKey }).ToListAsync(cancellationToken);
        db.Practices.Remove(practice);
        audit.Record("practice.deleted", practice.Title);
        await db.SaveChangesAsync(cancellationToken);

        // The rows went with the practice; the stored files go after the commit, so a failed save leaves both in place.
        foreach (var key in files.SelectMany(f => new[] { f.BlobKey, f.ThumbnailBlobKey }).OfType<string>())
        {
            try
            {
                await blobs.DeleteAsync(practice.TenantId, key, CancellationToken.None);
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Could not delete file {Key} of deleted practice {PracticeId}", key, practiceId);
            }
        }

        return new Done();
    }
}
