using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Tenancy;
using ImplementAll.Platform.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Platform.Hosting;

public static class DatabaseSetup
{
    public static void AddPlatformDatabase(this WebApplicationBuilder builder, PlatformSetup setup)
    {
        builder.Services.AddScoped<ITenantContext, TenantContext>();
        builder.Services.AddDbContext<PlatformDbContext>(o => o.UsePlatformDatabase(setup.Database, setup.ConnectionString));
        builder.Services.AddHealthChecks().AddDbContextCheck<PlatformDbContext>("database", tags: ["ready"]);
    }

    /// <summary>
    /// The embedded face brings its own database up to date at start. The cloud face never does: several instances
    /// would race, and schema changes there are a deliberate step (<c>migrate</c>, run by the deployment hook).
    /// </summary>
    public static async Task PrepareEmbeddedDatabaseAsync(this WebApplication app)
    {
        var setup = app.Services.GetRequiredService<PlatformSetup>();
        if (setup.Face != PlatformFace.Embedded)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        if (setup.Database == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(setup.DataDirectory);
        }

        await db.Database.MigrateAsync();
        if (setup.Database == DatabaseProvider.Sqlite)
        {
            // WAL lets readers proceed while a writer commits; the setting is stored in the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        if (setup.SeedDemoData)
        {
            await scope.ServiceProvider.GetRequiredService<Features.DemoData.DemoDataSeeder>().SeedAsync(CancellationToken.None);
        }
    }

    /// <summary>The host's explicit <c>migrate</c> command: applies pending migrations for the configured provider and exits.</summary>
    public static async Task<int> MigrateAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        app.Logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        await db.Database.MigrateAsync();
        return 0;
    }
}
