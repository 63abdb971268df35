using ImplementAll.Platform.Core.Tenancy;

namespace ImplementAll.Platform.Core.Practices;

/// <summary>
/// A file attached to a practice (a report, a screenshot, a protocol). The bytes live in the blob store under
/// <see cref="BlobKey"/>; this row says what they are. <see cref="ContentType"/> was decided by the platform from the
/// content itself, and <see cref="FileName"/> was cleaned and given the matching extension, so neither is client input.
/// </summary>
public sealed class Attachment : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid PracticeId { get; set; }
    public required string BlobKey { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    /// <summary>A small PNG preview of an image, stored as a second blob; null when there is none.</summary>
    public string? ThumbnailBlobKey { get; set; }
    public DateTime UploadedAt { get; set; }
    /// <summary>Display name of the uploader, as <see cref="PracticeRevision.PublishedBy"/> records the publisher.</summary>
    public required string UploadedBy { get; set; }
}
