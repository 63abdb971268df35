using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Tailoring;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Apply;

public sealed record CopiedCounts(int Goals, int Barriers, int Strategies, int Actions);

/// <summary>
/// The starting point of a new cycle: the team's goals, barriers (with their priorities), strategies and unfinished
/// actions, copied so the team can revisit modules 1 to 3 without touching what the earlier cycle recorded. References
/// between copies (a strategy's barrier, an action's strategy) point at the copies; finished and dropped actions stay
/// behind in the cycle that finished them.
/// </summary>
public static class CycleCopy
{
    public static async Task<CopiedCounts> IntoAsync(PlatformDbContext db, Guid projectId, int from, int to, CancellationToken cancellationToken)
    {
        var goals = await db.Goals.AsNoTracking().Where(g => g.ProjectId == projectId && g.Cycle == from).ToListAsync(cancellationToken);
        var barriers = await db.Barriers.AsNoTracking().Where(b => b.ProjectId == projectId && b.Cycle == from).ToListAsync(cancellationToken);
        var strategies = await db.ProjectStrategies.AsNoTracking().Where(s => s.ProjectId == projectId && s.Cycle == from).ToListAsync(cancellationToken);
        var actions = await db.PlanActions.AsNoTracking()
            .Where(a => a.ProjectId == projectId && a.Cycle == from && a.Status != ActionStatus.Done && a.Status != ActionStatus.Dropped)
            .ToListAsync(cancellationToken);

        // Untracked reads: giving each row a new id and cycle and adding it inserts a copy and leaves the original as it was.
        foreach (var goal in goals)
        {
            (goal.Id, goal.Cycle) = (Guid.CreateVersion7(), to);
            db.Goals.Add(goal);
        }

        var barrierCopies = Renew(barriers, b => b.Id, b => (b.Id, b.Cycle) = (Guid.CreateVersion7(), to));
        db.Barriers.AddRange(barriers);

        var copiedStrategies = strategies.Where(s => barrierCopies.ContainsKey(s.BarrierId)).ToList();
        var strategyCopies = Renew(copiedStrategies, s => s.Id, s =>
        {
            (s.Id, s.Cycle) = (Guid.CreateVersion7(), to);
            s.BarrierId = barrierCopies[s.BarrierId];
        });
        db.ProjectStrategies.AddRange(copiedStrategies);

        foreach (var action in actions)
        {
            (action.Id, action.Cycle) = (Guid.CreateVersion7(), to);
            action.StrategyId = action.StrategyId is { } strategyId && strategyCopies.TryGetValue(strategyId, out var copy) ? copy : null;
            db.PlanActions.Add(action);
        }

        return new CopiedCounts(goals.Count, barriers.Count, copiedStrategies.Count, actions.Count);
    }

    /// <summary>Renews each row and returns a map from its old id to its new one.</summary>
    private static Dictionary<Guid, Guid> Renew<T>(IEnumerable<T> rows, Func<T, Guid> id, Action<T> renew) =>
        rows.Select(row =>
        {
            var old = id(row);
            renew(row);
            return (Old: old, New: id(row));
        }).ToDictionary(x => x.Old, x => x.New);
}
