using ImplementAll.Platform.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImplementAll.Platform.Core.Tailoring;

// Every child cascades from one parent only: SQL Server refuses a second cascade path to the same table, so
// references across branches (a strategy's barrier, an answer's item) are plain columns that the code keeps consistent.
internal sealed class TailoringProjectConfiguration : IEntityTypeConfiguration<TailoringProject>
{
    public void Configure(EntityTypeBuilder<TailoringProject> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(ProjectLimits.TitleLength);
        builder.Property(p => p.InterventionName).HasMaxLength(ProjectLimits.NameLength);
        builder.Property(p => p.InterventionDescription).HasMaxLength(ProjectLimits.TextLength);
        builder.Property(p => p.Setting).HasMaxLength(ProjectLimits.NameLength);
        builder.Property(p => p.Context).HasMaxLength(ProjectLimits.TextLength);
        builder.HasOne<Organisations.Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectMemberConfiguration : IEntityTypeConfiguration<ProjectMember>
{
    public void Configure(EntityTypeBuilder<ProjectMember> builder)
    {
        builder.HasIndex(m => new { m.ProjectId, m.UserId }).IsUnique();
        builder.HasOne<TailoringProject>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class ProjectCycleConfiguration : IEntityTypeConfiguration<ProjectCycle>
{
    public void Configure(EntityTypeBuilder<ProjectCycle> builder)
    {
        builder.Property(c => c.Reflection).HasMaxLength(ProjectLimits.TextLength);
        builder.HasIndex(c => new { c.ProjectId, c.Number }).IsUnique();
        builder.HasOne<TailoringProject>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectStepConfiguration : IEntityTypeConfiguration<ProjectStep>
{
    public void Configure(EntityTypeBuilder<ProjectStep> builder)
    {
        builder.HasIndex(s => new { s.ProjectId, s.Cycle, s.Module }).IsUnique();
        builder.HasOne<TailoringProject>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImplementationGoalConfiguration : IEntityTypeConfiguration<ImplementationGoal>
{
    public void Configure(EntityTypeBuilder<ImplementationGoal> builder)
    {
        builder.Property(g => g.Text).HasMaxLength(ProjectLimits.ShortTextLength);
        builder.Property(g => g.MeasurableTarget).HasMaxLength(ProjectLimits.ShortTextLength);
        builder.HasIndex(g => new { g.ProjectId, g.Cycle });
        builder.HasOne<TailoringProject>().WithMany().HasForeignKey(g => g.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectBarrierConfiguration : IEntityTypeConfiguration<ProjectBarrier>
{
    public void Configure(EntityTypeBuilder<ProjectBarrier> builder)
    {
        builder.Property(b => b.Title).HasMaxLength(ProjectLimits.TitleLength);
        builder.Property(b => b.Description).HasMaxLength(ProjectLimits.TextLength);
        builder.Property(b => b.ThemeId).HasMaxLength(ProjectLimits.CodeLength);
        builder.Property(b => b.CfirConstructId).HasMaxLength(ProjectLimits.CodeLength);
        builder.Property(b => b.HealthFactorId).HasMaxLength(ProjectLimits.CodeLength);
        builder.Property(b => b.MatchingBarrierId).HasMaxLength(ProjectLimits.CodeLength);
        builder.HasIndex(b => new { b.ProjectId, b.Cycle });
        builder.HasOne<TailoringProject>().WithMany().HasForeignKey(b => b.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectStrategyConfiguration : IEntityTypeConfiguration<ProjectStrategy>
{
    public void Configure(EntityTypeBuilder<ProjectStrategy> builder)
    {
        builder.Property(s => s.EricStrategyId).HasMaxLength(ProjectLimits.CodeLength);
        builder.Property(s => s.CategoryId).HasMaxLength(ProjectLimits.CodeLength);
        builder.Property(s => s.Title).HasMaxLength(ProjectLimits.NameLength);
        builder.Property(s => s.Description).HasMaxLength(ProjectLimits.TextLength);
        builder.Property(s => s.Evidence).HasMaxLength(ProjectLimits.TextLength);
        builder.Property(s => s.Rationale).HasMaxLength(ProjectLimits.TextLength);
        builder.HasIndex(s => new { s.ProjectId, s.Cycle, s.BarrierId });
        builder.HasOne<TailoringProject>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> builder)
    {
        builder.Property(a => a.What).HasMaxLength(ProjectLimits.NameLength);
        builder.Property(a => a.Resources).HasMaxLength(ProjectLimits.ShortTextLength);
        builder.Property(a => a.Stakeholders).HasMaxLength(ProjectLimits.ShortTextLength);
        builder.HasIndex(a => new { a.ProjectId, a.Cycle });
        builder.HasIndex(a => new { a.Status, a.DueOn });
        builder.HasOne<TailoringProject>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActionProgressConfiguration : IEntityTypeConfiguration<ActionProgress>
{
    public void Configure(EntityTypeBuilder<ActionProgress> builder)
    {
        builder.Property(p => p.Note).HasMaxLength(ProjectLimits.ShortTextLength);
        builder.HasIndex(p => new { p.ActionId, p.At });
        builder.HasOne<PlanAction>().WithMany().HasForeignKey(p => p.ActionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SuccessIndicatorConfiguration : IEntityTypeConfiguration<SuccessIndicator>
{
    public void Configure(EntityTypeBuilder<SuccessIndicator> builder)
    {
        builder.Property(i => i.OutcomeId).HasMaxLength(ProjectLimits.CodeLength);
        builder.Property(i => i.Name).HasMaxLength(ProjectLimits.NameLength);
        builder.Property(i => i.Unit).HasMaxLength(ProjectLimits.CodeLength);
        builder.HasIndex(i => i.ProjectId);
        builder.HasOne<TailoringProject>().WithMany().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndicatorMeasurementConfiguration : IEntityTypeConfiguration<IndicatorMeasurement>
{
    public void Configure(EntityTypeBuilder<IndicatorMeasurement> builder)
    {
        builder.Property(m => m.Note).HasMaxLength(ProjectLimits.ShortTextLength);
        builder.HasIndex(m => new { m.IndicatorId, m.MeasuredOn });
        builder.HasOne<SuccessIndicator>().WithMany().HasForeignKey(m => m.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectReminderConfiguration : IEntityTypeConfiguration<ProjectReminder>
{
    public void Configure(EntityTypeBuilder<ProjectReminder> builder)
    {
        builder.Property(r => r.Period).HasMaxLength(ProjectLimits.CodeLength);
        builder.HasIndex(r => new { r.Kind, r.SubjectId, r.Period }).IsUnique();
        builder.HasOne<TailoringProject>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
