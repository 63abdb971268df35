using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Reference;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Design;

/// <summary>
/// Reads the plan of the current cycle as one document: what the team wants (goals), what stands in the way
/// (prioritised barriers), what it chose to do about it (selected strategies and their actions) and how it will know
/// (indicators), with the owner of every part. The design page, the printable plan, the DOCX and the API all read this.
/// </summary>
public sealed class PlanReader(PlatformDbContext db, ProjectReader projects, ReferenceCatalogue catalogue, TimeProvider clock) : IUseCase
{
    public async Task<Outcome<PlanDocument>> ReadAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var project = await projects.GetAsync(projectId, cancellationToken);
        return project.Failure is { } refused ? refused : await ComposeAsync(project.Value!, cancellationToken);
    }

    /// <summary>The plan of a project the caller has already been allowed to read.</summary>
    public async Task<PlanDocument> ComposeAsync(ProjectView project, CancellationToken cancellationToken)
    {
        var (id, cycle) = (project.Id, project.CurrentCycle);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var goals = await db.Goals.AsNoTracking().Where(g => g.ProjectId == id && g.Cycle == cycle)
            .Join(db.Users, g => g.OwnerUserId, u => u.Id, (g, u) => new PlanGoal(g.Id, g.Text, g.MeasurableTarget, g.TargetDate, u.DisplayName))
            .ToListAsync(cancellationToken);
        var barriers = await db.Barriers.AsNoTracking().Where(b => b.ProjectId == id && b.Cycle == cycle && b.Priority != null)
            .Select(b => new PlanBarrier(b.Id, b.Priority!.Value, b.Title, b.Description))
            .ToListAsync(cancellationToken);
        var strategies = await db.ProjectStrategies.AsNoTracking().Where(s => s.ProjectId == id && s.Cycle == cycle && s.Selected)
            .Select(s => new { s.Id, s.BarrierId, s.Title, s.EricStrategyId, s.Rationale })
            .ToListAsync(cancellationToken);
        var actions = await db.PlanActions.AsNoTracking().Where(a => a.ProjectId == id && a.Cycle == cycle)
            .Join(db.Users, a => a.OwnerUserId, u => u.Id, (a, u) => new { Action = a, Owner = u.DisplayName })
            .ToListAsync(cancellationToken);
        var barrierTitles = barriers.ToDictionary(b => b.Id, b => b.Title);
        var strategyRank = barriers.ToDictionary(b => b.Id, b => b.Priority);
        return new PlanDocument(
            project,
            today,
            [.. goals.OrderBy(g => g.TargetDate ?? DateOnly.MaxValue).ThenBy(g => g.Text, StringComparer.CurrentCulture)],
            [.. barriers.OrderBy(b => b.Priority)],
            [.. strategies.OrderBy(s => strategyRank.GetValueOrDefault(s.BarrierId, int.MaxValue)).ThenBy(s => s.Title, StringComparer.CurrentCulture)
                .Select(s => new PlanStrategy(s.Id, s.BarrierId, barrierTitles.GetValueOrDefault(s.BarrierId, ""), s.Title, s.EricStrategyId, s.Rationale))],
            [.. actions.OrderBy(x => x.Action.StartsOn).ThenBy(x => x.Action.DueOn).ThenBy(x => x.Action.What, StringComparer.CurrentCulture)
                .Select(x => View(x.Action, x.Owner, today))],
            await IndicatorsAsync(id, cancellationToken));
    }

    private async Task<IReadOnlyList<IndicatorView>> IndicatorsAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var outcomes = ProctorOutcomes.Of(catalogue).Outcomes.ToDictionary(o => o.Id, o => o.Name);
        var rows = await db.Indicators.AsNoTracking().Where(i => i.ProjectId == projectId)
            .Join(db.Users, i => i.OwnerUserId, u => u.Id, (i, u) => new
            {
                Indicator = i, Owner = u.DisplayName,
                Measurements = db.IndicatorMeasurements.Count(m => m.IndicatorId == i.Id),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Indicator.Cycle).ThenBy(r => r.Indicator.Name, StringComparer.CurrentCulture).Select(r => new IndicatorView(
            r.Indicator.Id, r.Indicator.Cycle, r.Indicator.OutcomeId, outcomes.GetValueOrDefault(r.Indicator.OutcomeId, r.Indicator.OutcomeId),
            r.Indicator.Name, r.Indicator.Unit, r.Indicator.Baseline, r.Indicator.Target, r.Indicator.OwnerUserId, r.Owner, r.Measurements))];
    }

    private static PlanActionView View(PlanAction a, string owner, DateOnly today) => new(
        a.Id, a.StrategyId, a.What, a.OwnerUserId, owner, a.StartsOn, a.DueOn, a.Resources, a.Stakeholders, a.Status, a.PercentComplete,
        Overdue: a.DueOn < today && a.Status is ActionStatus.Planned or ActionStatus.InProgress);
}
