using ImplementAll.Platform.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImplementAll.Platform.Core.Tailoring;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(ProjectLimits.TitleLength);
        builder.Property(s => s.Message).HasMaxLength(ProjectLimits.TextLength);
        builder.Property(s => s.InstrumentSource).HasMaxLength(ProjectLimits.NameLength);
        builder.HasIndex(s => new { s.ProjectId, s.Cycle });
        builder.HasIndex(s => new { s.Status, s.ClosesAt });
        builder.HasOne<TailoringProject>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyItemConfiguration : IEntityTypeConfiguration<SurveyItem>
{
    public void Configure(EntityTypeBuilder<SurveyItem> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(ProjectLimits.CodeLength);
        builder.Property(i => i.Group).HasMaxLength(ProjectLimits.CodeLength);
        builder.Property(i => i.Text).HasMaxLength(ProjectLimits.ShortTextLength);
        builder.HasIndex(i => new { i.SurveyId, i.Order });
        builder.HasOne<Survey>().WithMany().HasForeignKey(i => i.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyInviteeConfiguration : IEntityTypeConfiguration<SurveyInvitee>
{
    public void Configure(EntityTypeBuilder<SurveyInvitee> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(PeopleLimits.DisplayNameLength);
        builder.Property(i => i.Email).HasMaxLength(PeopleLimits.EmailLength);
        builder.Property(i => i.StakeholderRole).HasMaxLength(ProjectLimits.TitleLength);
        builder.Property(i => i.SecretHash).HasMaxLength(64);
        builder.HasIndex(i => new { i.SurveyId, i.Email }).IsUnique();
        builder.HasOne<Survey>().WithMany().HasForeignKey(i => i.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.Property(r => r.Comment).HasMaxLength(ProjectLimits.TextLength);
        // One response per invitee, enforced by the database too, so two simultaneous submissions cannot both land.
        builder.HasIndex(r => r.InviteeId).IsUnique();
        builder.HasIndex(r => r.SurveyId);
        builder.HasOne<SurveyInvitee>().WithMany().HasForeignKey(r => r.InviteeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        builder.Property(a => a.Comment).HasMaxLength(ProjectLimits.ShortTextLength);
        builder.HasIndex(a => new { a.SurveyId, a.ItemId });
        builder.HasIndex(a => new { a.ResponseId, a.ItemId, a.Dimension }).IsUnique();
        builder.HasOne<SurveyResponse>().WithMany().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProposedBarrierConfiguration : IEntityTypeConfiguration<ProposedBarrier>
{
    public void Configure(EntityTypeBuilder<ProposedBarrier> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(ProjectLimits.TitleLength);
        builder.Property(p => p.Description).HasMaxLength(ProjectLimits.ShortTextLength);
        builder.HasIndex(p => p.SurveyId);
        builder.HasOne<SurveyResponse>().WithMany().HasForeignKey(p => p.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}
