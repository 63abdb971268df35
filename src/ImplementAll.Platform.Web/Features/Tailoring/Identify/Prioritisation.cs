using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Identify;

/// <summary>
/// "Be focused": facilitators prioritise at most <see cref="ProjectLimits.MaxPrioritisedBarriers"/> barriers of the
/// cycle, numbered 1 to 3 without gaps. A barrier put at a place takes it and the others move down; a fourth is refused
/// and nothing changes.
/// </summary>
public sealed class Prioritisation(PlatformDbContext db, ProjectAccess access, Barriers barriers, AuditTrail audit) : IUseCase
{
    public async Task<Outcome<Done>> SetAsync(Guid projectId, Guid barrierId, int? priority, CancellationToken cancellationToken)
    {
        var found = await barriers.FindAsync(projectId, barrierId, ProjectRole.Facilitator, cancellationToken);
        if (found.Failure is { } refused)
        {
            return refused;
        }

        if (priority is not (>= 1 and <= ProjectLimits.MaxPrioritisedBarriers))
        {
            return Failure.Field(nameof(PriorityInput.Priority), $"Choose a priority from 1 to {ProjectLimits.MaxPrioritisedBarriers}.");
        }

        var (project, barrier) = found.Value;
        var ranked = await RankedAsync(project, cancellationToken);
        if (barrier.Priority is null && ranked.Count >= ProjectLimits.MaxPrioritisedBarriers)
        {
            return Failure.Conflict("Three barriers already prioritised",
                $"At most {ProjectLimits.MaxPrioritisedBarriers} barriers can be prioritised in a cycle (be focused). " +
                $"Already prioritised: {string.Join(", ", ranked.Select(b => b.Title))}. Remove one of them from the priorities first.");
        }

        ranked.Remove(barrier);
        ranked.Insert(Math.Min(priority.Value - 1, ranked.Count), barrier);
        Renumber(ranked);
        audit.Record("project.barrier-prioritised", project.Title, $"{barrier.Title}: {barrier.Priority}");
        await db.SaveChangesAsync(cancellationToken);
        return new Done();
    }

    public async Task<Outcome<Done>> RemoveAsync(Guid projectId, Guid barrierId, CancellationToken cancellationToken)
    {
        var found = await barriers.FindAsync(projectId, barrierId, ProjectRole.Facilitator, cancellationToken);
        if (found.Failure is { } refused)
        {
            return refused;
        }

        var (project, barrier) = found.Value;
        var ranked = await RankedAsync(project, cancellationToken);
        if (ranked.Remove(barrier))
        {
            barrier.Priority = null;
            Renumber(ranked);
            audit.Record("project.barrier-unprioritised", project.Title, barrier.Title);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new Done();
    }

    public async Task<Outcome<Done>> ReorderAsync(Guid projectId, PriorityOrderInput input, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(projectId, ProjectRole.Facilitator, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        var project = opened.Value!.Project;
        var ranked = await RankedAsync(project, cancellationToken);
        var order = input.BarrierIds ?? [];
        if (order.Count != ranked.Count || order.Distinct().Count() != order.Count || !order.All(id => ranked.Any(b => b.Id == id)))
        {
            return Failure.Field(nameof(PriorityOrderInput.BarrierIds), "List every prioritised barrier of this cycle exactly once, most important first.");
        }

        Renumber(order.Select(id => ranked.Single(b => b.Id == id)).ToList());
        audit.Record("project.barriers-reordered", project.Title);
        await db.SaveChangesAsync(cancellationToken);
        return new Done();
    }

    public static void Renumber(IReadOnlyList<ProjectBarrier> ranked)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            ranked[i].Priority = i + 1;
        }
    }

    private async Task<List<ProjectBarrier>> RankedAsync(TailoringProject project, CancellationToken cancellationToken) =>
        (await db.Barriers.Where(b => b.ProjectId == project.Id && b.Cycle == project.CurrentCycle && b.Priority != null).ToListAsync(cancellationToken))
            .OrderBy(b => b.Priority).ToList();
}
