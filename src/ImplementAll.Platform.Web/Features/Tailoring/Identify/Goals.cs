using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Identify;

/// <summary>
/// Implementation goals of a cycle, each with a measurable target and an owner on the team ("be organised"). Team
/// members write them; goals of earlier cycles are history.
/// </summary>
public sealed class Goals(PlatformDbContext db, ProjectAccess access, ProjectTeam team, AuditTrail audit) : IUseCase
{
    public async Task<Outcome<IReadOnlyList<GoalView>>> ListAsync(Guid projectId, int? cycle, CancellationToken cancellationToken)
    {
        var opened = await access.ReadAsync(projectId, cancellationToken);
        return opened.Failure is { } refused
            ? refused
            : Outcome<IReadOnlyList<GoalView>>.Success(await ViewsAsync(projectId, cycle ?? opened.Value!.Project.CurrentCycle, cancellationToken));
    }

    public async Task<IReadOnlyList<GoalView>> ViewsAsync(Guid projectId, int cycle, CancellationToken cancellationToken) =>
        (await db.Goals.AsNoTracking().Where(g => g.ProjectId == projectId && g.Cycle == cycle)
            .Join(db.Users, g => g.OwnerUserId, u => u.Id, (g, u) => new GoalView(g.Id, g.Cycle, g.Text, g.MeasurableTarget, g.TargetDate, g.OwnerUserId, u.DisplayName))
            .ToListAsync(cancellationToken)).OrderBy(g => g.Id).ToList();

    public async Task<Outcome<Guid>> AddAsync(Guid projectId, GoalInput input, CancellationToken cancellationToken)
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

        var goal = new ImplementationGoal { ProjectId = projectId, Cycle = project.CurrentCycle, Text = "", MeasurableTarget = "" };
        Apply(goal, input);
        db.Goals.Add(goal);
        audit.Record("project.goal-added", project.Title, goal.Text);
        await db.SaveChangesAsync(cancellationToken);
        return goal.Id;
    }

    public async Task<Outcome<Done>> EditAsync(Guid projectId, Guid goalId, GoalInput input, CancellationToken cancellationToken)
    {
        var found = await FindAsync(projectId, goalId, cancellationToken);
        if (found.Failure is { } refused)
        {
            return refused;
        }

        var (project, goal) = found.Value;
        if (await CheckAsync(project, input, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        Apply(goal, input);
        audit.Record("project.goal-edited", project.Title, goal.Text);
        await db.SaveChangesAsync(cancellationToken);
        return new Done();
    }

    public async Task<Outcome<Done>> DeleteAsync(Guid projectId, Guid goalId, CancellationToken cancellationToken)
    {
        var found = await FindAsync(projectId, goalId, cancellationToken);
        if (found.Failure is { } refused)
        {
            return refused;
        }

        var (project, goal) = found.Value;
        db.Goals.Remove(goal);
        audit.Record("project.goal-removed", project.Title, goal.Text);
        await db.SaveChangesAsync(cancellationToken);
        return new Done();
    }

    private async Task<Failure?> CheckAsync(TailoringProject project, GoalInput input, CancellationToken cancellationToken)
    {
        (input.Text, input.MeasurableTarget) = (input.Text?.Trim() ?? "", input.MeasurableTarget?.Trim() ?? "");
        if (Failure.Validate(input) is { } invalid)
        {
            return invalid;
        }

        if (input.TargetDate is { } date && date < project.StartsOn)
        {
            return Failure.Field(nameof(GoalInput.TargetDate), "The target date cannot be before the project starts.");
        }

        return await team.IsOnTeamAsync(project.Id, input.OwnerUserId!.Value, cancellationToken)
            ? null
            : Failure.Field(nameof(GoalInput.OwnerUserId), "The owner must be on the project team.");
    }

    private static void Apply(ImplementationGoal goal, GoalInput input)
    {
        (goal.Text, goal.MeasurableTarget, goal.TargetDate, goal.OwnerUserId) = (input.Text, input.MeasurableTarget, input.TargetDate, input.OwnerUserId!.Value);
    }

    private Task<Outcome<(TailoringProject Project, ImplementationGoal Row)>> FindAsync(Guid projectId, Guid goalId, CancellationToken cancellationToken) =>
        access.OpenCurrentAsync(projectId, ProjectRole.TeamMember, db.Goals, goalId, "goal", cancellationToken);
}
