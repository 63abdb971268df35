using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Identify;

/// <summary>
/// Candidate barriers of a cycle. Every code a barrier carries is checked against the reference data, so a typo is a
/// message beside the field rather than a barrier that matching cannot use.
/// </summary>
public sealed class Barriers(PlatformDbContext db, ProjectAccess access, BarrierLenses lenses, AuditTrail audit, TimeProvider clock) : IUseCase
{
    public async Task<Outcome<IReadOnlyList<BarrierView>>> ListAsync(Guid projectId, int? cycle, CancellationToken cancellationToken)
    {
        var opened = await access.ReadAsync(projectId, cancellationToken);
        return opened.Failure is { } refused
            ? refused
            : Outcome<IReadOnlyList<BarrierView>>.Success(await ViewsAsync(projectId, cycle ?? opened.Value!.Project.CurrentCycle, cancellationToken));
    }

    /// <summary>Prioritised barriers first (1 to 3), then candidates in the order they were added.</summary>
    public async Task<IReadOnlyList<BarrierView>> ViewsAsync(Guid projectId, int cycle, CancellationToken cancellationToken)
    {
        var barriers = await db.Barriers.AsNoTracking().Where(b => b.ProjectId == projectId && b.Cycle == cycle).ToListAsync(cancellationToken);
        return barriers.OrderBy(b => b.Priority ?? int.MaxValue).ThenBy(b => b.CreatedAt).Select(b => new BarrierView(
            b.Id, b.Cycle, b.Title, b.Description, b.Origin, b.ThemeId, BarrierLenses.Name(lenses.Themes, b.ThemeId), b.CfirConstructId,
            BarrierLenses.Name(lenses.CfirConstructs, b.CfirConstructId), b.HealthFactorId, BarrierLenses.Name(lenses.HealthFactors, b.HealthFactorId),
            b.MatchingBarrierId, BarrierLenses.Name(lenses.MatchingBarriers, b.MatchingBarrierId), b.Priority, b.CreatedAt)).ToList();
    }

    public async Task<Outcome<Guid>> AddAsync(Guid projectId, BarrierInput input, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(projectId, ProjectRole.TeamMember, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        if (Check(input) is { } invalid)
        {
            return invalid;
        }

        var project = opened.Value!.Project;
        var barrier = Create(project, input, input.ThemeId is null ? BarrierOrigin.Custom : BarrierOrigin.Theme);
        db.Barriers.Add(barrier);
        audit.Record("project.barrier-added", project.Title, barrier.Title);
        await db.SaveChangesAsync(cancellationToken);
        return barrier.Id;
    }

    /// <summary>Adds a barrier without saving, for callers that write it together with something else.</summary>
    public ProjectBarrier Create(TailoringProject project, BarrierInput input, BarrierOrigin origin)
    {
        var barrier = new ProjectBarrier
        {
            ProjectId = project.Id, Cycle = project.CurrentCycle, Title = "", Origin = origin, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        Apply(barrier, input);
        return barrier;
    }

    public async Task<Outcome<Done>> EditAsync(Guid projectId, Guid barrierId, BarrierInput input, CancellationToken cancellationToken)
    {
        var found = await FindAsync(projectId, barrierId, ProjectRole.TeamMember, cancellationToken);
        if (found.Failure is { } refused)
        {
            return refused;
        }

        if (Check(input) is { } invalid)
        {
            return invalid;
        }

        var (project, barrier) = found.Value;
        Apply(barrier, input);
        if (barrier.Origin != BarrierOrigin.Stakeholder)
        {
            barrier.Origin = barrier.ThemeId is null ? BarrierOrigin.Custom : BarrierOrigin.Theme;
        }

        audit.Record("project.barrier-edited", project.Title, barrier.Title);
        await db.SaveChangesAsync(cancellationToken);
        return new Done();
    }

    public async Task<Outcome<Done>> DeleteAsync(Guid projectId, Guid barrierId, CancellationToken cancellationToken)
    {
        var found = await FindAsync(projectId, barrierId, ProjectRole.TeamMember, cancellationToken);
        if (found.Failure is { } refused)
        {
            return refused;
        }

        var (project, barrier) = found.Value;
        if (await db.ProjectStrategies.AnyAsync(s => s.ProjectId == projectId && s.BarrierId == barrierId, cancellationToken))
        {
            return Failure.Conflict("Barrier in use", "Strategies in module 2 are attached to this barrier; remove them before removing the barrier.");
        }

        await db.ProposedBarriers.Where(p => p.AdoptedAsBarrierId == barrierId).ForEachAsync(p => p.AdoptedAsBarrierId = null, cancellationToken);
        db.Barriers.Remove(barrier);
        if (barrier.Priority is not null)
        {
            var rest = await db.Barriers.Where(b => b.ProjectId == projectId && b.Cycle == barrier.Cycle && b.Priority != null && b.Id != barrierId)
                .ToListAsync(cancellationToken);
            Prioritisation.Renumber(rest.OrderBy(b => b.Priority).ToList());
        }

        audit.Record("project.barrier-removed", project.Title, barrier.Title);
        await db.SaveChangesAsync(cancellationToken);
        return new Done();
    }

    public Task<Outcome<(TailoringProject Project, ProjectBarrier Row)>> FindAsync(
        Guid projectId, Guid barrierId, ProjectRole minimum, CancellationToken cancellationToken) =>
        access.OpenCurrentAsync(projectId, minimum, db.Barriers, barrierId, "barrier", cancellationToken);

    /// <summary>Checks the fields and every reference code; blank codes mean "none".</summary>
    public Failure? Check(BarrierInput input)
    {
        input.Title = input.Title?.Trim() ?? "";
        (input.ThemeId, input.CfirConstructId, input.HealthFactorId, input.MatchingBarrierId) =
            (Blank(input.ThemeId), Blank(input.CfirConstructId), Blank(input.HealthFactorId), Blank(input.MatchingBarrierId));
        if (Failure.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var errors = new Dictionary<string, string[]>();
        Code(errors, nameof(BarrierInput.ThemeId), input.ThemeId, lenses.Themes, "an ItFits barrier theme (itfits-b1 to itfits-b7)");
        Code(errors, nameof(BarrierInput.CfirConstructId), input.CfirConstructId, lenses.CfirConstructs, "a CFIR 2.0 construct (see /reference/cfir)");
        Code(errors, nameof(BarrierInput.HealthFactorId), input.HealthFactorId, lenses.HealthFactors, "one of the Health Foundation's seven factors (hf-1 to hf-7)");
        Code(errors, nameof(BarrierInput.MatchingBarrierId), input.MatchingBarrierId, lenses.MatchingBarriers, "a CFIR-ERIC tool barrier (cfir09-01 to cfir09-39)");
        return errors.Count == 0 ? null : new Failure(FailureKind.Invalid, "The request is not valid", "A code is not in the reference data.", errors);
    }

    private static void Code(Dictionary<string, string[]> errors, string field, string? code, IReadOnlyList<LensOption> options, string expected)
    {
        if (code is not null && options.All(o => o.Id != code))
        {
            errors[field] = [$"'{code}' is not {expected}."];
        }
    }

    private static void Apply(ProjectBarrier barrier, BarrierInput input)
    {
        (barrier.Title, barrier.Description) = (input.Title, input.Description?.Trim() ?? "");
        (barrier.ThemeId, barrier.CfirConstructId, barrier.HealthFactorId, barrier.MatchingBarrierId) =
            (input.ThemeId, input.CfirConstructId, input.HealthFactorId, input.MatchingBarrierId);
    }

    private static string? Blank(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim();
}
