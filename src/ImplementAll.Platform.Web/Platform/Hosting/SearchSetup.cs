using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Search;
using ImplementAll.Platform.Web.Features.Practices;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Platform.Hosting;

public static class SearchSetup
{
    /// <summary>
    /// Creates or updates the index schema at start. An empty embedded index beside a database with published practices
    /// (a new machine, a deleted folder) is rebuilt in the background, since everything the index holds is derived.
    /// </summary>
    public static async Task PrepareSearchIndexAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<IPracticeSearchIndex>();
        await index.EnsureIndexAsync(CancellationToken.None);
        var empty = (await index.SearchAsync(new PracticeSearchQuery { PageSize = 1 }, CancellationToken.None)).Total == 0;
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var published = await db.Practices.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AnyAsync(p => p.RevisionNumber > 0);
        if (empty && published)
        {
            _ = Task.Run(async () =>
            {
                await using var rebuild = app.Services.CreateAsyncScope();
                await rebuild.ServiceProvider.GetRequiredService<Reindex>().RunAsync(new LogProgress(app.Logger), app.Lifetime.ApplicationStopping);
            });
        }
    }

    /// <summary>The host's <c>reindex</c> command: rebuilds the search index from the database, printing progress.</summary>
    public static async Task<int> ReindexAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var started = TimeProvider.System.GetTimestamp();
        var count = await scope.ServiceProvider.GetRequiredService<Reindex>().RunAsync(new ConsoleProgress(), CancellationToken.None);
        Console.WriteLine($"Reindexed {count:N0} practices in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:F1} s.");
        return 0;
    }
}

/// <summary>Reports synchronously, so progress lines appear in order and before the final count.</summary>
internal sealed class ConsoleProgress : IProgress<(int Done, int Total)>
{
    public void Report((int Done, int Total) value) =>
        Console.WriteLine($"Indexed {value.Done:N0} of {value.Total:N0} practices ({100.0 * value.Done / Math.Max(1, value.Total):F0}%)");
}

internal sealed class LogProgress(ILogger logger) : IProgress<(int Done, int Total)>
{
    public void Report((int Done, int Total) value) => logger.LogInformation("Rebuilding the search index: {Done} of {Total}", value.Done, value.Total);
}
