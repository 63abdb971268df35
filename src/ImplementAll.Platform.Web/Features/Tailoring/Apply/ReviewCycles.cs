using System.ComponentModel.DataAnnotations;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Apply;

public sealed class ReflectionInput
{
    [Required(ErrorMessage = "Write what worked and what to adapt.")]
    [StringLength(ProjectLimits.TextLength, ErrorMessage = "The reflection can be at most 4000 characters.")]
    public string? Reflection { get; set; }
}

public sealed record CycleStarted(int Number, CopiedCounts Copied);

/// <summary>
/// Reflect and adapt ("be flexible"): the team writes down what the cycle taught it, and once module 4 is done starts
/// the next cycle from a copy of this one's choices. The earlier cycle is closed and kept as it was.
/// </summary>
public sealed class ReviewCycles(PlatformDbContext db, ProjectAccess access, AuditTrail audit, TimeProvider clock) : IUseCase
{
    public async Task<Outcome<Done>> ReflectAsync(Guid projectId, int cycleNumber, ReflectionInput input, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(projectId, ProjectRole.Facilitator, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        var project = opened.Value!.Project;
        var cycle = await db.ProjectCycles.SingleOrDefaultAsync(c => c.ProjectId == projectId && c.Number == cycleNumber, cancellationToken);
        if (cycle is null)
        {
            return Failure.NotFound($"Cycle {cycleNumber}");
        }

        if (CycleHistory.Refuse(project, cycle.Number, "reflection") is { } history)
        {
            return history;
        }

        if (Failure.Validate(input) is { } invalid)
        {
            return invalid;
        }

        cycle.Reflection = input.Reflection!.Trim();
        audit.Record("project.cycle-reflected", project.Title, $"cycle {cycle.Number}");
        await db.SaveChangesAsync(cancellationToken);
        return new Done();
    }

    public async Task<Outcome<CycleStarted>> StartNextAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(projectId, ProjectRole.Facilitator, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        var scope = opened.Value!;
        var project = scope.Project;
        var current = project.CurrentCycle;
        var steps = await db.ProjectSteps.Where(s => s.ProjectId == projectId && s.Cycle == current).ToListAsync(cancellationToken);
        if (steps.Single(s => s.Module == ProjectModule.Apply).CompletedAt is null)
        {
            return Failure.Conflict("Module 4 is not done",
                $"Cycle {current} can be followed by a new one only once its module 4 (Apply and review) is complete: write the reflection, then mark module 4 done.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var cycle = await db.ProjectCycles.SingleAsync(c => c.ProjectId == projectId && c.Number == current, cancellationToken);
        cycle.ClosedAt = now;
        var team = await db.ProjectMembers.Where(m => m.ProjectId == projectId).Select(m => m.UserId).ToListAsync(cancellationToken);
        // Whoever answered for a module keeps it while they are on the team; the rest fall to the person starting the cycle.
        var owners = steps.Where(s => team.Contains(s.OwnerUserId)).ToDictionary(s => s.Module, s => s.OwnerUserId);
        var copied = await CycleCopy.IntoAsync(db, projectId, current, current + 1, cancellationToken);
        ProjectCycles.Open(db, project, current + 1, scope.UserId, now, owners);
        audit.Record("project.cycle-started", project.Title, $"cycle {current + 1}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two people started the next cycle at once; the unique cycle number let only one through.
            return Failure.Conflict("Already started", $"Cycle {current + 1} has just been started by someone else.");
        }

        return new CycleStarted(current + 1, copied);
    }
}
