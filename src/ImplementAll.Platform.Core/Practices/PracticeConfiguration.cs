using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImplementAll.Platform.Core.Practices;

internal sealed class PracticeConfiguration : IEntityTypeConfiguration<Practice>
{
    public void Configure(EntityTypeBuilder<Practice> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(PracticeLimits.TitleLength);
        builder.Property(p => p.Summary).HasMaxLength(PracticeLimits.SummaryLength);
        builder.Property(p => p.Description).HasMaxLength(PracticeLimits.DescriptionLength);
        builder.Property(p => p.TextLanguage).HasMaxLength(2);
        builder.Property(p => p.Licence).HasMaxLength(200);
        builder.Property(p => p.TransferabilityNotes).HasMaxLength(PracticeLimits.NotesLength);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.CostModel).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => new { p.TenantId, p.Status });
        builder.HasIndex(p => p.Status);
        builder.HasOne<Organisations.Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Cascade);

        // Parts of a practice are always read and written with it: JSON columns keep that one row, on both providers.
        builder.OwnsOne(p => p.Maturity, o => o.ToJson());
        builder.OwnsOne(p => p.Regulatory, o => o.ToJson());
        builder.OwnsMany(p => p.Contacts, o => o.ToJson());
        builder.OwnsMany(p => p.Evidence, o => o.ToJson());
        builder.OwnsMany(p => p.Deployments, o => o.ToJson());
        builder.OwnsMany(p => p.Links, o => o.ToJson());
    }
}

internal sealed class PracticeRevisionConfiguration : IEntityTypeConfiguration<PracticeRevision>
{
    public void Configure(EntityTypeBuilder<PracticeRevision> builder)
    {
        builder.HasIndex(r => new { r.PracticeId, r.Number }).IsUnique();
        builder.Property(r => r.PublishedBy).HasMaxLength(People.PeopleLimits.DisplayNameLength);
        builder.HasOne<Practice>().WithMany().HasForeignKey(r => r.PracticeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewCommentConfiguration : IEntityTypeConfiguration<ReviewComment>
{
    public void Configure(EntityTypeBuilder<ReviewComment> builder)
    {
        builder.Property(c => c.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.AuthorName).HasMaxLength(People.PeopleLimits.DisplayNameLength);
        builder.Property(c => c.Text).HasMaxLength(PracticeLimits.CommentLength);
        builder.HasIndex(c => new { c.PracticeId, c.At });
        builder.HasOne<Practice>().WithMany().HasForeignKey(c => c.PracticeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SearchOutboxEntryConfiguration : IEntityTypeConfiguration<SearchOutboxEntry>
{
    public void Configure(EntityTypeBuilder<SearchOutboxEntry> builder)
    {
        builder.HasIndex(e => e.ProcessedAt);
    }
}

public static class PracticeLimits
{
    public const int TitleLength = 200;
    public const int SummaryLength = 600;
    public const int DescriptionLength = 20_000;
    public const int NotesLength = 4_000;
    public const int CommentLength = 4_000;
    public const int ListLength = 60;
    public const int ItemLength = 120;
}
