using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImplementAll.Platform.Core.Tailoring;

internal sealed class CfirEricEndorsementConfiguration : IEntityTypeConfiguration<CfirEricEndorsement>
{
    public void Configure(EntityTypeBuilder<CfirEricEndorsement> builder)
    {
        builder.Property(e => e.BarrierId).HasMaxLength(TailoringLimits.TermIdLength);
        builder.Property(e => e.StrategyId).HasMaxLength(TailoringLimits.TermIdLength);
        builder.Property(e => e.ImportedBy).HasMaxLength(People.PeopleLimits.DisplayNameLength);
        // One endorsement per pair: the matrix has one cell per barrier and strategy.
        builder.HasIndex(e => new { e.BarrierId, e.StrategyId }).IsUnique();
    }
}

public static class TailoringLimits
{
    /// <summary>Reference term ids are short slugs such as <c>cfir09-39</c> or <c>eric-05</c>.</summary>
    public const int TermIdLength = 40;
}
