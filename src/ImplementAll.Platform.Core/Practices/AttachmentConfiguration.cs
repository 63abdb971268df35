using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImplementAll.Platform.Core.Practices;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.Property(a => a.BlobKey).HasMaxLength(AttachmentLimits.BlobKeyLength);
        builder.Property(a => a.ThumbnailBlobKey).HasMaxLength(AttachmentLimits.BlobKeyLength);
        builder.Property(a => a.FileName).HasMaxLength(AttachmentLimits.FileNameLength);
        builder.Property(a => a.ContentType).HasMaxLength(AttachmentLimits.ContentTypeLength);
        builder.Property(a => a.UploadedBy).HasMaxLength(People.PeopleLimits.DisplayNameLength);
        builder.HasIndex(a => new { a.PracticeId, a.UploadedAt });
        // Rows go with their practice; the blobs are removed by the code that removes the rows.
        builder.HasOne<Practice>().WithMany().HasForeignKey(a => a.PracticeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public static class AttachmentLimits
{
    /// <summary><see cref="Blobs.BlobKeys"/> are 32 hex digits.</summary>
    public const int BlobKeyLength = 32;
    /// <summary>The stored name: a base name of at most <see cref="BaseNameLength"/> characters plus an extension.</summary>
    public const int FileNameLength = 120;
    public const int BaseNameLength = 100;
    public const int ContentTypeLength = 100;
    public const int PerPractice = 20;
    public const long DefaultMaxBytes = 25L * 1024 * 1024;
}
