using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ImplementAll.Platform.UnitTests;

public sealed class MigrationTests
{
    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        using var db = new Migrations.Sqlite.DesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run scripts/add-migration.sh: the SQLite migrations lag the model.");
    }

    [Fact]
    public void The_SQL_Server_migrations_match_the_model()
    {
        using var db = new Migrations.SqlServer.DesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run scripts/add-migration.sh: the SQL Server migrations lag the model.");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        static IEnumerable<string> Names(PlatformDbContext db) => db.Database.GetMigrations().Select(m => m[15..]);
        using var sqlite = new Migrations.Sqlite.DesignTimeFactory().CreateDbContext([]);
        using var sqlServer = new Migrations.SqlServer.DesignTimeFactory().CreateDbContext([]);
        Assert.Equal(Names(sqlite), Names(sqlServer));
    }

    [Fact]
    public void The_SQL_Server_idempotent_script_generates()
    {
        using var db = new Migrations.SqlServer.DesignTimeFactory().CreateDbContext([]);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        // Idempotent: each migration's statements are guarded by a look-up in the history table.
        Assert.Matches(@"IF NOT EXISTS\s*\(\s*SELECT \* FROM \[__EFMigrationsHistory\]", script);
        Assert.Contains("CREATE TABLE [Tenants]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Tenants_Slug]", script);
        Assert.Contains("CREATE TABLE [Memberships]", script);
    }

    [Fact]
    public void The_SQLite_migrations_apply_to_an_empty_database()
    {
        using var connection = TestDatabase.OpenMigrated();
        using var db = TestDatabase.Context(new TenantContext(), connection);
        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.Equal(0, db.Tenants.Count());
    }
}
