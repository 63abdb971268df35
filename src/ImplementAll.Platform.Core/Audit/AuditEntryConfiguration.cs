using ImplementAll.Platform.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImplementAll.Platform.Core.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.ActorName).HasMaxLength(PeopleLimits.DisplayNameLength);
        builder.Property(a => a.Action).HasMaxLength(80);
        builder.Property(a => a.Target).HasMaxLength(300);
        builder.Property(a => a.Details).HasMaxLength(2000);
        builder.HasIndex(a => new { a.TenantId, a.At });
        builder.HasOne<Organisations.Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
