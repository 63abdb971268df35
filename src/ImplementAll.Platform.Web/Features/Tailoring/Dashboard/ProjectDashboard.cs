using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Dashboard;

public sealed record OverdueAction(Guid Id, string What, string Owner, DateOnly DueOn, int DaysOverdue, ActionStatus Status, int PercentComplete);

public sealed record IndicatorStatus(
    Guid Id, string Name, string OutcomeId, string Unit, double Baseline, double Target, double? Latest, DateOnly? MeasuredOn, bool OnTrack);

public sealed record OpenSurvey(Guid Id, string Title, SurveyKind Kind, int Invited, int Responded, DateTime? ClosesAt);

public sealed record ActionCounts(int Total, int Done, int InProgress, int Overdue);

public sealed record ProjectStatus(
    Guid ProjectId, int Cycle, ProjectModule CurrentModule, IReadOnlyList<StepView> Steps, ActionCounts Actions,
    IReadOnlyList<OverdueAction> OverdueActions, IReadOnlyList<IndicatorStatus> Indicators, IReadOnlyList<OpenSurvey> OpenSurveys);

/// <summary>
/// Where a project stands: the modules of the current cycle, overdue actions, each indicator's latest value against its
/// target, and open surveys with their response rates.
/// </summary>
public sealed class ProjectDashboard(PlatformDbContext db, ProjectReader reader, TimeProvider clock) : IUseCase
{
    public async Task<Outcome<ProjectStatus>> GetAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var view = await reader.GetAsync(projectId, cancellationToken);
        if (view.Failure is { } refused)
        {
            return refused;
        }

        var project = view.Value!;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var actions = await db.PlanActions.AsNoTracking().Where(a => a.ProjectId == projectId && a.Cycle == project.CurrentCycle)
            .Join(db.Users, a => a.OwnerUserId, u => u.Id, (a, u) => new { a, Owner = u.DisplayName })
            .ToListAsync(cancellationToken);
        var overdue = actions.Where(x => IsOverdue(x.a, today)).OrderBy(x => x.a.DueOn)
            .Select(x => new OverdueAction(x.a.Id, x.a.What, x.Owner, x.a.DueOn, today.DayNumber - x.a.DueOn.DayNumber, x.a.Status, x.a.PercentComplete))
            .ToList();
        var counts = new ActionCounts(actions.Count, actions.Count(x => x.a.Status == ActionStatus.Done),
            actions.Count(x => x.a.Status == ActionStatus.InProgress), overdue.Count);
        return new ProjectStatus(projectId, project.CurrentCycle, project.CurrentModule, project.Steps, counts, overdue,
            await IndicatorsAsync(projectId, cancellationToken), await OpenSurveysAsync(projectId, cancellationToken));
    }

    public static bool IsOverdue(PlanAction action, DateOnly today) =>
        action.Status is ActionStatus.Planned or ActionStatus.InProgress && action.DueOn < today;

    /// <summary>
    /// On track: the latest value has covered at least half the distance from baseline to target, in the target's
    /// direction (so it works for measures that should fall, like waiting times, as well as those that should rise).
    /// </summary>
    public static bool IsOnTrack(double baseline, double target, double? latest) =>
        latest is { } value && (target == baseline ? value == target : (value - baseline) / (target - baseline) >= 0.5);

    private async Task<IReadOnlyList<IndicatorStatus>> IndicatorsAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.ProjectId == projectId).OrderBy(i => i.Name).ToListAsync(cancellationToken);
        var latest = (await db.IndicatorMeasurements.AsNoTracking().Where(m => m.ProjectId == projectId)
                .Select(m => new { m.IndicatorId, m.MeasuredOn, m.RecordedAt, m.Value }).ToListAsync(cancellationToken))
            .GroupBy(m => m.IndicatorId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.MeasuredOn).ThenByDescending(m => m.RecordedAt).First());
        return indicators.Select(i =>
        {
            var last = latest.GetValueOrDefault(i.Id);
            return new IndicatorStatus(i.Id, i.Name, i.OutcomeId, i.Unit, i.Baseline, i.Target, last?.Value, last?.MeasuredOn,
                IsOnTrack(i.Baseline, i.Target, last?.Value));
        }).ToList();
    }

    private async Task<IReadOnlyList<OpenSurvey>> OpenSurveysAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Surveys.AsNoTracking()
            .Where(s => s.ProjectId == projectId && s.Status == SurveyStatus.Open && (s.ClosesAt == null || s.ClosesAt > now))
            .OrderBy(s => s.OpenedAt)
            .Select(s => new OpenSurvey(s.Id, s.Title, s.Kind,
                db.SurveyInvitees.Count(i => i.SurveyId == s.Id),
                db.SurveyInvitees.Count(i => i.SurveyId == s.Id && i.RespondedAt != null),
                s.ClosesAt))
            .ToListAsync(cancellationToken);
    }
}
