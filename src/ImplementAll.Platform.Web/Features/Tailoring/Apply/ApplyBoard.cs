using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Reference;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Apply;

public sealed record ActionView(
    Guid Id, string What, Guid OwnerUserId, string OwnerName, DateOnly StartsOn, DateOnly DueOn, ActionStatus Status, int PercentComplete,
    DateTime? CompletedAt, bool Overdue, IReadOnlyList<ProgressView> History);

public sealed record MeasurementView(Guid Id, int Cycle, DateOnly MeasuredOn, double Value, string Note, string RecordedBy);

public sealed record IndicatorView(
    Guid Id, string Name, string OutcomeId, string Outcome, string Unit, double Baseline, double Target, IndicatorStanding Latest,
    IReadOnlyList<MeasurementView> Measurements);

public sealed record ApplyBoardView(
    int Cycle, DateOnly Today, string Reflection, bool ApplyStepComplete, IReadOnlyList<ActionView> Actions, IReadOnlyList<IndicatorView> Indicators);

/// <summary>Module 4 of the current cycle: the plan's actions with their progress, and the indicators with their measurements.</summary>
public sealed class ApplyBoard(PlatformDbContext db, ProjectAccess access, ActionProgressLog progress, ReferenceCatalogue catalogue, TimeProvider clock) : IUseCase
{
    public const string ProctorOutcomes = "proctor-outcomes";

    public async Task<Outcome<ApplyBoardView>> GetAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var opened = await access.ReadAsync(projectId, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        var project = opened.Value!.Project;
        var cycle = project.CurrentCycle;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var actions = await db.PlanActions.AsNoTracking().Where(a => a.ProjectId == projectId && a.Cycle == cycle)
            .Join(db.Users, a => a.OwnerUserId, u => u.Id, (a, u) => new { a, u.DisplayName })
            .ToListAsync(cancellationToken);
        var history = await progress.HistoryOfAsync(projectId, actions.Select(x => x.a.Id).ToList(), cancellationToken);
        var reflection = await db.ProjectCycles.Where(c => c.ProjectId == projectId && c.Number == cycle).Select(c => c.Reflection).SingleAsync(cancellationToken);
        var applyDone = await db.ProjectSteps.AnyAsync(
            s => s.ProjectId == projectId && s.Cycle == cycle && s.Module == ProjectModule.Apply && s.CompletedAt != null, cancellationToken);
        return new ApplyBoardView(cycle, today, reflection, applyDone,
            actions.OrderBy(x => x.a.DueOn).ThenBy(x => x.a.What)
                .Select(x => new ActionView(x.a.Id, x.a.What, x.a.OwnerUserId, x.DisplayName, x.a.StartsOn, x.a.DueOn, x.a.Status, x.a.PercentComplete,
                    x.a.CompletedAt, IsOverdue(x.a.Status, x.a.DueOn, today), history.GetValueOrDefault(x.a.Id) ?? [])).ToList(),
            await IndicatorsAsync(projectId, cancellationToken));
    }

    /// <summary>An action is overdue when its due date has passed and it is neither done nor dropped.</summary>
    public static bool IsOverdue(ActionStatus status, DateOnly dueOn, DateOnly asOf) =>
        status is not (ActionStatus.Done or ActionStatus.Dropped) && dueOn < asOf;

    /// <summary>Every indicator with its whole series of measurements, across cycles, oldest first.</summary>
    public async Task<IReadOnlyList<IndicatorView>> IndicatorsAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.ProjectId == projectId).OrderBy(i => i.Name).ToListAsync(cancellationToken);
        var measurements = await db.IndicatorMeasurements.AsNoTracking().Where(m => m.ProjectId == projectId)
            .Join(db.Users, m => m.RecordedByUserId, u => u.Id, (m, u) => new { m, u.DisplayName })
            .ToListAsync(cancellationToken);
        var outcomes = catalogue.Find(ProctorOutcomes);
        return indicators.Select(i =>
        {
            var series = measurements.Where(x => x.m.IndicatorId == i.Id).OrderBy(x => x.m.MeasuredOn).ThenBy(x => x.m.RecordedAt)
                .Select(x => new MeasurementView(x.m.Id, x.m.Cycle, x.m.MeasuredOn, x.m.Value, x.m.Note, x.DisplayName)).ToList();
            return new IndicatorView(i.Id, i.Name, i.OutcomeId, outcomes?.Find(i.OutcomeId)?.Label ?? i.OutcomeId, i.Unit, i.Baseline, i.Target,
                StandingOf(i.Baseline, i.Target, series), series);
        }).ToList();
    }

    /// <summary>The standing of the latest of <paramref name="series"/> (ordered oldest first).</summary>
    public static IndicatorStanding StandingOf(double baseline, double target, IReadOnlyList<MeasurementView> series) =>
        IndicatorStanding.Of(baseline, target, series.Count == 0 ? null : (series[^1].MeasuredOn, series[^1].Value));
}
