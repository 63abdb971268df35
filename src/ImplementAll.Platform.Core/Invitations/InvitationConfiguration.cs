using ImplementAll.Platform.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImplementAll.Platform.Core.Invitations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.Property(i => i.Email).HasMaxLength(PeopleLimits.EmailLength);
        builder.Property(i => i.SecretHash).HasMaxLength(64);
        builder.HasIndex(i => new { i.TenantId, i.Email });
        builder.HasOne<Organisations.Tenant>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
