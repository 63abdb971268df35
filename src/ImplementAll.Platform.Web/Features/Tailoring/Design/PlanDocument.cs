using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;

namespace ImplementAll.Platform.Web.Features.Tailoring.Design;

public sealed record PlanGoal(Guid Id, string Text, string MeasurableTarget, DateOnly? TargetDate, string Owner);

public sealed record PlanBarrier(Guid Id, int Priority, string Title, string Description);

public sealed record PlanStrategy(Guid Id, Guid BarrierId, string Barrier, string Title, string? EricStrategyId, string Rationale);

/// <summary>An action of the plan; <see cref="Overdue"/> when its due date has passed and it is neither done nor dropped.</summary>
public sealed record PlanActionView(
    Guid Id, Guid? StrategyId, string What, Guid OwnerUserId, string Owner, DateOnly StartsOn, DateOnly DueOn, string Resources,
    string Stakeholders, ActionStatus Status, int PercentComplete, bool Overdue);

public sealed record IndicatorView(
    Guid Id, int Cycle, string OutcomeId, string Outcome, string Name, string Unit, double Baseline, double Target, Guid OwnerUserId, string Owner,
    int Measurements);

/// <summary>A group of the plan: the actions that carry out one selected strategy, or (with no strategy) the plan as a whole.</summary>
public sealed record ActionGroup(PlanStrategy? Strategy, IReadOnlyList<PlanActionView> Actions);

/// <summary>The plan of the project's current cycle; the module owners are the project's steps.</summary>
public sealed record PlanDocument(
    ProjectView Project, DateOnly Today, IReadOnlyList<PlanGoal> Goals, IReadOnlyList<PlanBarrier> Barriers, IReadOnlyList<PlanStrategy> Strategies,
    IReadOnlyList<PlanActionView> Actions, IReadOnlyList<IndicatorView> Indicators)
{
    /// <summary>Actions under the strategy they carry out, in the order of the strategies; actions for no strategy last.</summary>
    public IReadOnlyList<ActionGroup> ByStrategy()
    {
        var groups = Strategies.Select(s => new ActionGroup(s, [.. Actions.Where(a => a.StrategyId == s.Id)])).ToList();
        var unlinked = Actions.Where(a => a.StrategyId is not { } id || Strategies.All(s => s.Id != id)).ToList();
        return unlinked.Count > 0 ? [.. groups, new ActionGroup(null, unlinked)] : groups;
    }

    public string? StrategyOf(PlanActionView action) => Strategies.FirstOrDefault(s => s.Id == action.StrategyId)?.Title;
}

public static class ActionStatusText
{
    /// <summary>The status in words ("In progress", not the enum's name), to be translated where it is shown.</summary>
    public static string Label(this ActionStatus status) => status == ActionStatus.InProgress ? "In progress" : status.ToString();
}
