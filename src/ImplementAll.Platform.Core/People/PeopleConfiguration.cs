using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImplementAll.Platform.Core.People;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.Property(u => u.Issuer).HasMaxLength(200);
        builder.Property(u => u.Subject).HasMaxLength(200);
        builder.HasIndex(u => new { u.Issuer, u.Subject }).IsUnique();
        builder.Property(u => u.DisplayName).HasMaxLength(PeopleLimits.DisplayNameLength);
        builder.Property(u => u.Email).HasMaxLength(PeopleLimits.EmailLength);
        builder.HasIndex(u => u.Email);
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.HasIndex(m => new { m.TenantId, m.UserId }).IsUnique();
        builder.HasIndex(m => m.UserId);
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisations.Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

public static class PeopleLimits
{
    public const int DisplayNameLength = 120;
    public const int EmailLength = 254;
}
