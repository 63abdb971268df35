using ImplementAll.Platform.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Matching;

/// <summary>
/// The imported matrix from the database, held in memory: it changes only when an administrator imports a new one,
/// and every suggestion list reads all of it. The importing instance invalidates at once; other instances of a
/// scaled-out deployment cannot be told, so a copy is also re-read after <see cref="MaxAge"/>.
/// </summary>
public sealed class StoredEndorsements(IServiceScopeFactory scopes, TimeProvider clock) : IEndorsementSource
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly Lock gate = new();
    private (ImportedMatrix Matrix, DateTimeOffset LoadedAt)? cached;
    private long generation;

    public ImportedMatrix Current()
    {
        long seen;
        lock (gate)
        {
            if (cached is { } hit && clock.GetUtcNow() - hit.LoadedAt < MaxAge)
            {
                return hit.Matrix;
            }

            seen = generation;
        }

        var loaded = (Load(), clock.GetUtcNow());
        lock (gate)
        {
            // An import that finished while this read was running makes what was read stale: use it once, keep it not.
            if (generation == seen)
            {
                cached = loaded;
            }
        }

        return loaded.Item1;
    }

    public void Invalidate()
    {
        lock (gate)
        {
            generation++;
            cached = null;
        }
    }

    // Synchronous because ranking is: a read happens once per import (or MaxAge), not once per request.
    private ImportedMatrix Load()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return new ImportedMatrix(db.CfirEricEndorsements.AsNoTracking().ToList());
    }
}
