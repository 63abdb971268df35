using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImplementAll.Platform.Core.Organisations;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(TenantLimits.NameLength);
        builder.Property(t => t.Slug).HasMaxLength(TenantLimits.SlugLength);
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(t => t.Description).HasMaxLength(TenantLimits.DescriptionLength);
        builder.Property(t => t.Website).HasMaxLength(TenantLimits.WebsiteLength);
        builder.HasIndex(t => t.EntraTenantId);
    }
}

public static class TenantLimits
{
    public const int NameLength = 120;
    public const int SlugLength = 48;
    public const int DescriptionLength = 2000;
    public const int WebsiteLength = 300;
}
