using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Tenancy;
using ImplementAll.Platform.Infrastructure.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.UnitTests;

/// <summary>In-memory SQLite databases with the real migrations applied; the database lives while the connection is open.</summary>
public static class TestDatabase
{
    public static PlatformDbContext Context(ITenantContext tenant, SqliteConnection? connection = null) =>
        new(new DbContextOptionsBuilder<PlatformDbContext>()
            .UseSqlite(connection ?? new SqliteConnection("Data Source=:memory:"), o => o.MigrationsAssembly(DatabaseRegistration.SqliteMigrationsAssembly))
            .Options, tenant);

    public static SqliteConnection OpenMigrated()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = Context(new TenantContext(), connection);
        db.Database.Migrate();
        return connection;
    }
}

public static class RepositoryRoot
{
    public static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ImplementAll.Platform.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
