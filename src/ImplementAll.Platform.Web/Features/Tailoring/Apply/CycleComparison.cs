using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Tailoring.Consultation;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Apply;

public sealed record GoalSummary(string Text, string MeasurableTarget);

public sealed record BarrierSummary(string Title, int Priority);

public sealed record StrategySummary(string Title, string Barrier);

public sealed record ActionTally(int Done, int Total, int Overdue);

public sealed record IndicatorInCycle(Guid IndicatorId, string Name, string Unit, double Baseline, double Target, IndicatorStanding Latest);

public sealed record CycleSummary(
    int Number, bool Current, DateTime StartedAt, DateTime? ClosedAt, string Reflection, IReadOnlyList<GoalSummary> Goals,
    IReadOnlyList<BarrierSummary> PrioritisedBarriers, IReadOnlyList<StrategySummary> SelectedStrategies, ActionTally Actions,
    IReadOnlyList<IndicatorInCycle> Indicators, IReadOnlyList<WaveScores> NormalisationWaves);

/// <summary>
/// The project's cycles side by side: what each one aimed at and chose, how far its plan got, where the indicators
/// stood at its end and how normalised the practice was. An action counts as overdue in a closed cycle when it was
/// still open past its due date when the cycle closed, and in the current cycle when it is open past its due date today.
/// </summary>
public sealed class CycleComparison(PlatformDbContext db, ProjectAccess access, ApplyBoard board, NormalisationScores normalisation, TimeProvider clock) : IUseCase
{
    public async Task<Outcome<CycleSummary>> OneAsync(Guid projectId, int cycleNumber, CancellationToken cancellationToken)
    {
        var all = await CompareAsync(projectId, cancellationToken);
        if (all.Failure is { } refused)
        {
            return refused;
        }

        return all.Value!.SingleOrDefault(c => c.Number == cycleNumber) is { } cycle ? cycle : Failure.NotFound($"Cycle {cycleNumber}");
    }

    public async Task<Outcome<IReadOnlyList<CycleSummary>>> CompareAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var opened = await access.ReadAsync(projectId, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        var project = opened.Value!.Project;
        var cycles = await db.ProjectCycles.AsNoTracking().Where(c => c.ProjectId == projectId).OrderBy(c => c.Number).ToListAsync(cancellationToken);
        var goals = await db.Goals.AsNoTracking().Where(g => g.ProjectId == projectId).ToListAsync(cancellationToken);
        var barriers = await db.Barriers.AsNoTracking().Where(b => b.ProjectId == projectId).ToListAsync(cancellationToken);
        var strategies = await db.ProjectStrategies.AsNoTracking().Where(s => s.ProjectId == projectId && s.Selected).ToListAsync(cancellationToken);
        var actions = await db.PlanActions.AsNoTracking().Where(a => a.ProjectId == projectId)
            .Select(a => new { a.Cycle, a.Status, a.DueOn }).ToListAsync(cancellationToken);
        var indicators = await board.IndicatorsAsync(projectId, cancellationToken);
        var waves = await normalisation.ForProjectAsync(projectId, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var barrierTitles = barriers.ToDictionary(b => b.Id, b => b.Title);

        return cycles.Select(c =>
        {
            var asOf = c.ClosedAt is { } closed ? DateOnly.FromDateTime(closed) : today;
            var ofCycle = actions.Where(a => a.Cycle == c.Number).ToList();
            return new CycleSummary(c.Number, c.Number == project.CurrentCycle, c.StartedAt, c.ClosedAt, c.Reflection,
                goals.Where(g => g.Cycle == c.Number).Select(g => new GoalSummary(g.Text, g.MeasurableTarget)).ToList(),
                barriers.Where(b => b.Cycle == c.Number && b.Priority != null).OrderBy(b => b.Priority)
                    .Select(b => new BarrierSummary(b.Title, b.Priority!.Value)).ToList(),
                strategies.Where(s => s.Cycle == c.Number).OrderBy(s => s.Title)
                    .Select(s => new StrategySummary(s.Title, barrierTitles.GetValueOrDefault(s.BarrierId, ""))).ToList(),
                new ActionTally(ofCycle.Count(a => a.Status == ActionStatus.Done), ofCycle.Count,
                    ofCycle.Count(a => ApplyBoard.IsOverdue(a.Status, a.DueOn, asOf))),
                indicators.Select(i => new IndicatorInCycle(i.Id, i.Name, i.Unit, i.Baseline, i.Target,
                    ApplyBoard.StandingOf(i.Baseline, i.Target, i.Measurements.Where(m => m.Cycle == c.Number).ToList()))).ToList(),
                waves.Where(w => w.Cycle == c.Number).ToList());
        }).ToList();
    }
}
