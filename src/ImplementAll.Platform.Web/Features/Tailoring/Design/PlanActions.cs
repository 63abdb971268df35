using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Design;

/// <summary>
/// The plan's actions in the current cycle. Team members add actions; an action's owner or a facilitator changes it;
/// facilitators remove it. Every action has an owner on the team and dates inside the project ("be organised").
/// Actions of earlier cycles are history and stay as they were.
/// </summary>
public sealed class PlanActions(PlatformDbContext db, ProjectAccess access, ProjectTeam team, AuditTrail audit) : IUseCase
{
    public async Task<Outcome<Guid>> AddAsync(Guid projectId, ActionInput input, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(projectId, ProjectRole.TeamMember, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        var project = opened.Value!.Project;
        if (await CheckAsync(project, input, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var action = new PlanAction { ProjectId = projectId, Cycle = project.CurrentCycle, What = "" };
        Apply(action, input);
        db.PlanActions.Add(action);
        audit.Record("project.action-added", project.Title, action.What);
        await db.SaveChangesAsync(cancellationToken);
        return action.Id;
    }

    public async Task<Outcome<Done>> EditAsync(Guid projectId, Guid actionId, ActionInput input, CancellationToken cancellationToken)
    {
        var found = await FindAsync(projectId, actionId, ProjectRole.TeamMember, cancellationToken);
        if (found.Failure is { } refused)
        {
            return refused;
        }

        var (scope, action) = found.Value!;
        if (action.OwnerUserId != scope.UserId && !scope.Can(ProjectRole.Facilitator))
        {
            return Failure.Forbidden("Only the action's owner or a facilitator may change it.");
        }

        if (await CheckAsync(scope.Project, input, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        Apply(action, input);
        audit.Record("project.action-edited", scope.Project.Title, action.What);
        await db.SaveChangesAsync(cancellationToken);
        return new Done();
    }

    public async Task<Outcome<Done>> DeleteAsync(Guid projectId, Guid actionId, CancellationToken cancellationToken)
    {
        var found = await FindAsync(projectId, actionId, ProjectRole.Facilitator, cancellationToken);
        if (found.Failure is { } refused)
        {
            return refused;
        }

        var (scope, action) = found.Value!;
        db.PlanActions.Remove(action);
        audit.Record("project.action-deleted", scope.Project.Title, action.What);
        await db.SaveChangesAsync(cancellationToken);
        return new Done();
    }

    private sealed record OpenedAction(ProjectScope Scope, PlanAction Action);

    private async Task<Outcome<OpenedAction>> FindAsync(Guid projectId, Guid actionId, ProjectRole minimum, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(projectId, minimum, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        var project = opened.Value!.Project;
        var action = await db.PlanActions.SingleOrDefaultAsync(a => a.Id == actionId && a.ProjectId == projectId, cancellationToken);
        if (action is null)
        {
            return Failure.NotFound("The action");
        }

        return CycleHistory.Refuse(project, action.Cycle, "action", $"plan the work of cycle {project.CurrentCycle} with a new action") is { } history
            ? history
            : new OpenedAction(opened.Value!, action);
    }

    /// <summary>The rules that need the project, its team and its strategies; null when the input may be saved.</summary>
    private async Task<Failure?> CheckAsync(TailoringProject project, ActionInput input, CancellationToken cancellationToken)
    {
        if (Failure.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var errors = new FieldErrors();
        if (!await team.IsOnTeamAsync(project.Id, input.OwnerUserId!.Value, cancellationToken))
        {
            errors.Add(nameof(ActionInput.OwnerUserId), "The owner must be on the project team.");
        }

        if (input.StartsOn < project.StartsOn)
        {
            errors.Add(nameof(ActionInput.StartsOn), $"An action cannot start before the project does ({project.StartsOn:yyyy-MM-dd}).");
        }

        if (project.EndsOn is { } end && input.DueOn > end)
        {
            errors.Add(nameof(ActionInput.DueOn), $"An action cannot be due after the project ends ({end:yyyy-MM-dd}).");
        }

        if (input.StrategyId is { } strategyId && !await db.ProjectStrategies.AnyAsync(
                s => s.Id == strategyId && s.ProjectId == project.Id && s.Cycle == project.CurrentCycle && s.Selected, cancellationToken))
        {
            errors.Add(nameof(ActionInput.StrategyId), "Link the action to one of this cycle's selected strategies, or to none.");
        }

        return errors.ToFailure();
    }

    private static void Apply(PlanAction action, ActionInput input)
    {
        action.What = input.What!.Trim();
        action.OwnerUserId = input.OwnerUserId!.Value;
        action.StartsOn = input.StartsOn!.Value;
        action.DueOn = input.DueOn!.Value;
        action.Resources = input.Resources?.Trim() ?? "";
        action.Stakeholders = input.Stakeholders?.Trim() ?? "";
        action.StrategyId = input.StrategyId;
    }
}
