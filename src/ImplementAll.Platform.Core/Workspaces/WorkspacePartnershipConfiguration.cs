using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImplementAll.Platform.Core.Workspaces;

internal sealed class WorkspacePartnershipConfiguration : IEntityTypeConfiguration<WorkspacePartnership>
{
    public void Configure(EntityTypeBuilder<WorkspacePartnership> builder)
    {
        builder.Property(p => p.Message).HasMaxLength(Tailoring.ProjectLimits.ShortTextLength);
        // Admission looks a partnership up by workspace and the caller's tenant on every request into a workspace.
        builder.HasIndex(p => new { p.WorkspaceId, p.PartnerTenantId }).IsUnique();
        builder.HasIndex(p => new { p.PartnerTenantId, p.State });
        builder.HasOne<Organisations.Tenant>().WithMany().HasForeignKey(p => p.OwnerTenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisations.Tenant>().WithMany().HasForeignKey(p => p.PartnerTenantId).OnDelete(DeleteBehavior.NoAction);
    }
}
