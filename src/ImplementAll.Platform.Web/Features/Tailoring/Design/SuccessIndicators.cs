using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Features.Reference;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Design;

/// <summary>
/// Success indicators, each tied to one of Proctor's implementation outcomes (facilitators and leads). An indicator's
/// measurements form one series across cycles, so an indicator that has measurements is not deleted, and one defined
/// in an earlier cycle is kept as it was: a changed target is a new indicator.
/// </summary>
public sealed class SuccessIndicators(PlatformDbContext db, ProjectAccess access, ProjectTeam team, ReferenceCatalogue catalogue, AuditTrail audit) : IUseCase
{
    public async Task<Outcome<OutcomeList>> OutcomesAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var opened = await access.ReadAsync(projectId, cancellationToken);
        return opened.Failure is { } refused ? refused : ProctorOutcomes.Of(catalogue);
    }

    public async Task<Outcome<Guid>> AddAsync(Guid projectId, IndicatorInput input, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(projectId, ProjectRole.Facilitator, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        var project = opened.Value!.Project;
        if (await CheckAsync(projectId, input, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var indicator = new SuccessIndicator { ProjectId = projectId, Cycle = project.CurrentCycle, OutcomeId = "", Name = "" };
        Apply(indicator, input);
        db.Indicators.Add(indicator);
        audit.Record("project.indicator-added", project.Title, indicator.Name);
        await db.SaveChangesAsync(cancellationToken);
        return indicator.Id;
    }

    public async Task<Outcome<Done>> EditAsync(Guid projectId, Guid indicatorId, IndicatorInput input, CancellationToken cancellationToken) =>
        await ChangeAsync(projectId, indicatorId, async (project, indicator) =>
        {
            if (await CheckAsync(projectId, input, cancellationToken) is { } invalid)
            {
                return invalid;
            }

            Apply(indicator, input);
            audit.Record("project.indicator-edited", project.Title, indicator.Name);
            return null;
        }, cancellationToken);

    public async Task<Outcome<Done>> DeleteAsync(Guid projectId, Guid indicatorId, CancellationToken cancellationToken) =>
        await ChangeAsync(projectId, indicatorId, async (project, indicator) =>
        {
            var measured = await db.IndicatorMeasurements.CountAsync(m => m.IndicatorId == indicator.Id && m.ProjectId == projectId, cancellationToken);
            if (measured > 0)
            {
                return Failure.Conflict("The indicator has measurements",
                    $"'{indicator.Name}' has {measured} measurement(s), which would be lost with it; keep it, or define a new indicator beside it.");
            }

            db.Indicators.Remove(indicator);
            audit.Record("project.indicator-deleted", project.Title, indicator.Name);
            return null;
        }, cancellationToken);

    /// <summary>Opens an indicator of the current cycle and saves what <paramref name="change"/> does, unless it returns a failure.</summary>
    private async Task<Outcome<Done>> ChangeAsync(
        Guid projectId, Guid indicatorId, Func<TailoringProject, SuccessIndicator, Task<Failure?>> change, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(projectId, ProjectRole.Facilitator, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        var project = opened.Value!.Project;
        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == indicatorId && i.ProjectId == projectId, cancellationToken);
        if (indicator is null)
        {
            return Failure.NotFound("The indicator");
        }

        if (CycleHistory.Refuse(project, indicator.Cycle, "indicator", $"define a new one for cycle {project.CurrentCycle}") is { } history)
        {
            return history;
        }

        if (await change(project, indicator) is { } failure)
        {
            return failure;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Done();
    }

    private async Task<Failure?> CheckAsync(Guid projectId, IndicatorInput input, CancellationToken cancellationToken)
    {
        if (Failure.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var errors = new FieldErrors();
        if (!ProctorOutcomes.Of(catalogue).Outcomes.Any(o => o.Id == input.OutcomeId))
        {
            errors.Add(nameof(IndicatorInput.OutcomeId), "Choose one of Proctor's implementation outcomes (listed at /reference/proctor-outcomes).");
        }

        if (!await team.IsOnTeamAsync(projectId, input.OwnerUserId!.Value, cancellationToken))
        {
            errors.Add(nameof(IndicatorInput.OwnerUserId), "The owner must be on the project team.");
        }

        return errors.ToFailure();
    }

    private static void Apply(SuccessIndicator indicator, IndicatorInput input)
    {
        indicator.OutcomeId = input.OutcomeId!;
        indicator.Name = input.Name!.Trim();
        indicator.Unit = input.Unit?.Trim() ?? "";
        indicator.Baseline = input.Baseline!.Value;
        indicator.Target = input.Target!.Value;
        indicator.OwnerUserId = input.OwnerUserId!.Value;
    }
}
