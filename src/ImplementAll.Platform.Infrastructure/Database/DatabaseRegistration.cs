using ImplementAll.Platform.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Infrastructure.Database;

public static class DatabaseRegistration
{
    // Migrations live in one project per provider, generated from the one model (as bitwarden/server does).
    public const string SqliteMigrationsAssembly = "ImplementAll.Platform.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "ImplementAll.Platform.Migrations.SqlServer";

    public static DbContextOptionsBuilder UsePlatformDatabase(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o =>
            {
                o.MigrationsAssembly(SqlServerMigrationsAssembly);
                o.EnableRetryOnFailure();
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
}
