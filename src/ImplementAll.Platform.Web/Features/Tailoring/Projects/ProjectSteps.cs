using System.ComponentModel.DataAnnotations;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Projects;

public sealed class StepInput
{
    [Required(ErrorMessage = "Every step needs an owner.")]
    public Guid? OwnerUserId { get; set; }

    public DateOnly? DueOn { get; set; }
}

/// <summary>
/// Who answers for each module of the current cycle, and when a module is done. A module is done only when what the
/// next one needs exists, so a team cannot skip ahead with nothing to work on.
/// </summary>
public sealed class ProjectSteps(PlatformDbContext db, ProjectAccess access, ProjectTeam team, AuditTrail audit, TimeProvider clock) : IUseCase
{
    public async Task<Outcome<Done>> AssignAsync(Guid projectId, ProjectModule module, StepInput input, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(projectId, ProjectRole.Facilitator, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        if (Failure.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var project = opened.Value!.Project;
        if (!await team.IsOnTeamAsync(projectId, input.OwnerUserId!.Value, cancellationToken))
        {
            return Failure.Field(nameof(StepInput.OwnerUserId), "The owner must be on the project team.");
        }

        if (input.DueOn is { } due && due < project.StartsOn)
        {
            return Failure.Field(nameof(StepInput.DueOn), "The due date cannot be before the project starts.");
        }

        var step = await CurrentStepAsync(project, module, cancellationToken);
        step.OwnerUserId = input.OwnerUserId!.Value;
        step.DueOn = input.DueOn;
        audit.Record("project.step-assigned", project.Title, module.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return new Done();
    }

    public async Task<Outcome<Done>> CompleteAsync(Guid projectId, ProjectModule module, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(projectId, ProjectRole.Facilitator, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        var project = opened.Value!.Project;
        var step = await CurrentStepAsync(project, module, cancellationToken);
        if (step.CompletedAt is not null)
        {
            return Failure.Conflict("Already done", $"Module {(int)module} of cycle {project.CurrentCycle} is already complete.");
        }

        if (await MissingAsync(project, module, cancellationToken) is { } missing)
        {
            return Failure.Conflict("Not ready", missing);
        }

        step.CompletedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("project.step-completed", project.Title, module.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return new Done();
    }

    private Task<ProjectStep> CurrentStepAsync(TailoringProject project, ProjectModule module, CancellationToken cancellationToken) =>
        db.ProjectSteps.SingleAsync(s => s.ProjectId == project.Id && s.Cycle == project.CurrentCycle && s.Module == module, cancellationToken);

    /// <summary>What the module still lacks before it can be marked done, or null when nothing does.</summary>
    private async Task<string?> MissingAsync(TailoringProject project, ProjectModule module, CancellationToken cancellationToken)
    {
        var (id, cycle) = (project.Id, project.CurrentCycle);
        switch (module)
        {
            case ProjectModule.Identify:
                if (!await db.Goals.AnyAsync(g => g.ProjectId == id && g.Cycle == cycle, cancellationToken))
                {
                    return "Set at least one implementation goal first.";
                }

                return await db.Barriers.AnyAsync(b => b.ProjectId == id && b.Cycle == cycle && b.Priority != null, cancellationToken)
                    ? null
                    : "Prioritise at least one barrier first.";
            case ProjectModule.Match:
                var unmatched = await db.Barriers
                    .Where(b => b.ProjectId == id && b.Cycle == cycle && b.Priority != null)
                    .Where(b => !db.ProjectStrategies.Any(s => s.BarrierId == b.Id && s.Selected))
                    .Select(b => b.Title).ToListAsync(cancellationToken);
                return unmatched.Count == 0 ? null : $"Select at least one strategy for: {string.Join(", ", unmatched)}.";
            case ProjectModule.Design:
                if (!await db.PlanActions.AnyAsync(a => a.ProjectId == id && a.Cycle == cycle, cancellationToken))
                {
                    return "Plan at least one action first.";
                }

                return await db.Indicators.AnyAsync(i => i.ProjectId == id, cancellationToken)
                    ? null
                    : "Define at least one success indicator first.";
            default:
                var reflection = await db.ProjectCycles.Where(c => c.ProjectId == id && c.Number == cycle).Select(c => c.Reflection).SingleAsync(cancellationToken);
                return string.IsNullOrWhiteSpace(reflection) ? "Write the cycle's reflection first: what worked and what to adapt." : null;
        }
    }
}
