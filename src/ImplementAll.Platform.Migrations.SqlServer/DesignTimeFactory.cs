using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ImplementAll.Platform.Migrations.SqlServer;

/// <summary>Lets `dotnet ef` build the model and scripts for SQL Server; no server is contacted.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PlatformDbContext>()
            .UseSqlServer("Server=(none)", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options, new TenantContext());
}
