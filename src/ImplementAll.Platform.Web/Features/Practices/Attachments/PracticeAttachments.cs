using ImplementAll.Platform.Core.Blobs;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Practices.Attachments;

/// <summary>An attachment as its owners see it.</summary>
public sealed record AttachmentView(
    Guid Id, Guid PracticeId, string FileName, string ContentType, long Length, DateTime UploadedAt, string UploadedBy, string DownloadUrl, string? ThumbnailUrl);

/// <summary>An attachment as the public sees it: who uploaded it is the owning organisation's business.</summary>
public sealed record PublicAttachmentView(
    Guid Id, Guid PracticeId, string FileName, string ContentType, long Length, DateTime UploadedAt, string DownloadUrl, string? ThumbnailUrl);

/// <summary>
/// Files attached to a practice. Editors of the owning tenant add and remove them; members list and download them,
/// drafts included; everyone lists and downloads those of a public practice. Downloads are short-lived links from the
/// blob store, never bytes streamed through a use case.
/// </summary>
public sealed class PracticeAttachments(
    PlatformDbContext db, IBlobStore blobs, CurrentUser user, AuditTrail audit, TimeProvider clock, IConfiguration configuration,
    ILogger<PracticeAttachments> logger) : IUseCase
{
    public const string MaxBytesSetting = "Attachments:MaxBytes";
    public static readonly TimeSpan DownloadLinkLifetime = TimeSpan.FromMinutes(5);

    /// <summary>Read on every upload, so a changed setting applies without a restart.</summary>
    public long MaxBytes => configuration.GetValue<long?>(MaxBytesSetting) is { } configured and > 0 ? configured : AttachmentLimits.DefaultMaxBytes;

    private IQueryable<Practice> PublicPractices => db.Practices.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
        .Where(p => p.RevisionNumber > 0 && p.Status != PracticeStatus.Archived);

    private IQueryable<Attachment> AllTenantsAttachments => db.Attachments.IgnoreQueryFilters([PlatformDbContext.TenantFilter]);

    /// <summary>Whether this tenant may add a file to the practice now; checked before the upload is read, and again after.</summary>
    public async Task<Failure?> CheckUploadAsync(Guid practiceId, CancellationToken cancellationToken)
    {
        var practice = await db.Practices.AsNoTracking().Where(p => p.Id == practiceId)
            .Select(p => new { p.Status }).SingleOrDefaultAsync(cancellationToken);
        if (practice is null)
        {
            return Failure.NotFound("The practice");
        }

        if (practice.Status == PracticeStatus.Archived)
        {
            return Failure.Conflict("Practice archived", "Files cannot be attached to an archived practice.");
        }

        if (await db.Attachments.CountAsync(a => a.PracticeId == practiceId, cancellationToken) >= AttachmentLimits.PerPractice)
        {
            return Failure.Conflict("Too many attachments",
                $"A practice can have at most {AttachmentLimits.PerPractice} attachments; remove one before adding another.");
        }

        return null;
    }

    /// <summary>
    /// Stores an upload once its content is known to be an accepted kind. The blob is written first and removed again
    /// if the row cannot be saved, so a failure leaves neither a row without a file nor a file without a row.
    /// </summary>
    /// <param name="content">Seekable, holding the whole upload.</param>
    public async Task<Outcome<AttachmentView>> AddAsync(Guid practiceId, string? suppliedFileName, Stream content, CancellationToken cancellationToken)
    {
        if (await CheckUploadAsync(practiceId, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (content.Length > MaxBytes)
        {
            return AttachmentProblems.TooLarge(MaxBytes);
        }

        var sniffed = AttachmentContent.Sniff(content);
        switch (sniffed.Verdict)
        {
            case SniffVerdict.Unsupported:
                return AttachmentProblems.UnsupportedMediaType(sniffed.Detail);
            case SniffVerdict.Damaged:
                return Failure.Field(AttachmentUpload.Field, sniffed.Detail);
        }

        var type = sniffed.Type!;
        var practice = await db.Practices.AsNoTracking().Where(p => p.Id == practiceId)
            .Select(p => new { p.TenantId, p.Title }).SingleAsync(cancellationToken);
        var fileName = AttachmentFileNames.Clean(suppliedFileName, type.Extension);

        content.Position = 0;
        var stored = await blobs.PutAsync(practice.TenantId, fileName, content, type.ContentType, cancellationToken);
        StoredBlob? thumbnail = null;
        if (AttachmentThumbnails.Create(content, type.ContentType) is { } png)
        {
            using var thumbnailContent = new MemoryStream(png);
            thumbnail = await blobs.PutAsync(practice.TenantId, AttachmentThumbnails.FileName(fileName), thumbnailContent, "image/png", cancellationToken);
        }

        var attachment = new Attachment
        {
            ThumbnailBlobKey = thumbnail?.Key,
            PracticeId = practiceId,
            BlobKey = stored.Key,
            FileName = fileName,
            ContentType = type.ContentType,
            Length = content.Length,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
            UploadedBy = user.DisplayName.Length > Core.People.PeopleLimits.DisplayNameLength
                ? user.DisplayName[..Core.People.PeopleLimits.DisplayNameLength]
                : user.DisplayName,
        };

        try
        {
            db.Attachments.Add(attachment);
            audit.Record("practice.attachment.added", practice.Title, fileName);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Not the request's token: a cancelled request must still clean up.
            await DeleteBlobAsync(practice.TenantId, stored.Key);
            if (thumbnail is not null)
            {
                await DeleteBlobAsync(practice.TenantId, thumbnail.Key);
            }

            throw;
        }

        return ToView(attachment, practice.TenantId);
    }

    /// <summary>Null when the practice is not this tenant's.</summary>
    public async Task<IReadOnlyList<AttachmentView>?> ListAsync(Guid practiceId, CancellationToken cancellationToken)
    {
        var tenantId = await db.Practices.Where(p => p.Id == practiceId).Select(p => (Guid?)p.TenantId).SingleOrDefaultAsync(cancellationToken);
        if (tenantId is null)
        {
            return null;
        }

        var attachments = await db.Attachments.AsNoTracking().Where(a => a.PracticeId == practiceId)
            .OrderBy(a => a.UploadedAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return attachments.Select(a => ToView(a, tenantId.Value)).ToList();
    }

    /// <summary>Null when the practice is not public (never published, or archived).</summary>
    public async Task<IReadOnlyList<PublicAttachmentView>?> PublicListAsync(Guid practiceId, CancellationToken cancellationToken)
    {
        if (!await PublicPractices.AnyAsync(p => p.Id == practiceId, cancellationToken))
        {
            return null;
        }

        var attachments = await AllTenantsAttachments.AsNoTracking().Where(a => a.PracticeId == practiceId)
            .OrderBy(a => a.UploadedAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return attachments.Select(a =>
        {
            var path = $"/api/v1/practices/{a.PracticeId}/attachments/{a.Id}";
            return new PublicAttachmentView(a.Id, a.PracticeId, a.FileName, a.ContentType, a.Length, a.UploadedAt,
                $"{path}/download", a.ThumbnailBlobKey is null ? null : $"{path}/thumbnail");
        }).ToList();
    }

    /// <summary>A short-lived link to one of this tenant's attachments, whatever state the practice is in.</summary>
    public async Task<Outcome<Uri>> DownloadAsync(Guid practiceId, Guid attachmentId, bool thumbnail, CancellationToken cancellationToken) =>
        await LinkAsync(await db.Attachments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == attachmentId && a.PracticeId == practiceId, cancellationToken), thumbnail, cancellationToken);

    /// <summary>A short-lived link to an attachment of a public practice.</summary>
    public async Task<Outcome<Uri>> PublicDownloadAsync(Guid practiceId, Guid attachmentId, bool thumbnail, CancellationToken cancellationToken) =>
        await PublicPractices.AnyAsync(p => p.Id == practiceId, cancellationToken)
            ? await LinkAsync(await AllTenantsAttachments.AsNoTracking()
                .SingleOrDefaultAsync(a => a.Id == attachmentId && a.PracticeId == practiceId, cancellationToken), thumbnail, cancellationToken)
            : Failure.NotFound("The attachment");

    /// <summary>Removes the row, then the file: should removing the file fail, what is left is an unreachable blob, not a broken link.</summary>
    public async Task<Outcome<Done>> DeleteAsync(Guid practiceId, Guid attachmentId, CancellationToken cancellationToken)
    {
        var attachment = await db.Attachments.SingleOrDefaultAsync(a => a.Id == attachmentId && a.PracticeId == practiceId, cancellationToken);
        if (attachment is null)
        {
            return Failure.NotFound("The attachment");
        }

        var title = await db.Practices.Where(p => p.Id == practiceId).Select(p => p.Title).SingleAsync(cancellationToken);
        db.Attachments.Remove(attachment);
        audit.Record("practice.attachment.removed", title, attachment.FileName);
        await db.SaveChangesAsync(cancellationToken);

        await DeleteBlobAsync(attachment.TenantId, attachment.BlobKey);
        if (attachment.ThumbnailBlobKey is { } thumbnail)
        {
            await DeleteBlobAsync(attachment.TenantId, thumbnail);
        }

        return new Done();
    }

    private async Task<Outcome<Uri>> LinkAsync(Attachment? attachment, bool thumbnail, CancellationToken cancellationToken) =>
        attachment is null || (thumbnail && attachment.ThumbnailBlobKey is null)
            ? Failure.NotFound(thumbnail ? "The thumbnail" : "The attachment")
            : thumbnail
                ? await blobs.GetDownloadUriAsync(attachment.TenantId, attachment.ThumbnailBlobKey!, DownloadLinkLifetime, AttachmentThumbnails.FileName(attachment.FileName), cancellationToken)
                : await blobs.GetDownloadUriAsync(attachment.TenantId, attachment.BlobKey, DownloadLinkLifetime, attachment.FileName, cancellationToken);

    private async Task DeleteBlobAsync(Guid tenantId, string key)
    {
        try
        {
            await blobs.DeleteAsync(tenantId, key, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not delete blob {BlobKey} of tenant {TenantId}; it is left unreferenced.", key, tenantId);
        }
    }

    private static AttachmentView ToView(Attachment a, Guid tenantId)
    {
        var path = $"/api/v1/tenants/{tenantId}/practices/{a.PracticeId}/attachments/{a.Id}";
        return new(a.Id, a.PracticeId, a.FileName, a.ContentType, a.Length, a.UploadedAt, a.UploadedBy,
            $"{path}/download", a.ThumbnailBlobKey is null ? null : $"{path}/thumbnail");
    }
}
