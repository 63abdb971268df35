using System.ComponentModel.DataAnnotations;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Apply;

public sealed class MeasurementInput
{
    [Required(ErrorMessage = "Give the date of the measurement.")]
    public DateOnly? MeasuredOn { get; set; }

    [Required(ErrorMessage = "Give the measured value.")]
    [Range(-1e12, 1e12, ErrorMessage = "Give the measured value as a number.")]
    public double? Value { get; set; }

    [StringLength(ProjectLimits.ShortTextLength, ErrorMessage = "The note can be at most 1000 characters.")]
    public string? Note { get; set; }
}

/// <summary>
/// Measurements of the success indicators. Each is stored with the cycle it was taken in, so one indicator's series
/// runs across cycles while every cycle can still be compared by its own latest value.
/// </summary>
public sealed class IndicatorMeasurements(PlatformDbContext db, ProjectAccess access, AuditTrail audit, TimeProvider clock) : IUseCase
{
    public async Task<Outcome<Guid>> RecordAsync(Guid projectId, Guid indicatorId, MeasurementInput input, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(projectId, ProjectRole.TeamMember, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        var scope = opened.Value!;
        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == indicatorId && i.ProjectId == projectId, cancellationToken);
        if (indicator is null)
        {
            return Failure.NotFound("The indicator");
        }

        if (Failure.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var measuredOn = input.MeasuredOn!.Value;
        if (measuredOn < scope.Project.StartsOn)
        {
            return Failure.Field(nameof(MeasurementInput.MeasuredOn), $"The date cannot be before the project starts ({scope.Project.StartsOn:yyyy-MM-dd}).");
        }

        if (measuredOn > DateOnly.FromDateTime(now))
        {
            return Failure.Field(nameof(MeasurementInput.MeasuredOn), "The date cannot be in the future.");
        }

        var measurement = new IndicatorMeasurement
        {
            ProjectId = projectId, IndicatorId = indicator.Id, Cycle = scope.Project.CurrentCycle, MeasuredOn = measuredOn,
            Value = input.Value!.Value, Note = input.Note?.Trim() ?? "", RecordedByUserId = scope.UserId, RecordedAt = now,
        };
        db.IndicatorMeasurements.Add(measurement);
        audit.Record("project.measurement-recorded", scope.Project.Title, $"{indicator.Name}: {measurement.Value} on {measuredOn:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return measurement.Id;
    }

    public async Task<Outcome<Done>> DeleteAsync(Guid projectId, Guid measurementId, CancellationToken cancellationToken)
    {
        var found = await access.OpenCurrentAsync(projectId, ProjectRole.Facilitator, db.IndicatorMeasurements, measurementId, "measurement", cancellationToken);
        if (found.Failure is { } refused)
        {
            return refused;
        }

        var (project, measurement) = found.Value;
        db.IndicatorMeasurements.Remove(measurement);
        audit.Record("project.measurement-deleted", project.Title, $"{measurement.Value} on {measurement.MeasuredOn:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return new Done();
    }
}
