using ImplementAll.Platform.Core.Tenancy;

namespace ImplementAll.Platform.Core.Tailoring;

/// <summary>A step of the plan (module 3) carried out and logged in module 4. Every action has an owner.</summary>
public sealed class PlanAction : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid ProjectId { get; set; }
    public int Cycle { get; set; }
    /// <summary>The selected strategy the action carries out, if any.</summary>
    public Guid? StrategyId { get; set; }
    public required string What { get; set; }
    public Guid OwnerUserId { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly DueOn { get; set; }
    public string Resources { get; set; } = "";
    public string Stakeholders { get; set; } = "";
    public ActionStatus Status { get; set; }
    public int PercentComplete { get; set; }
    public DateTime? CompletedAt { get; set; }
}

public enum ActionStatus
{
    Planned,
    InProgress,
    Done,
    Dropped,
}

/// <summary>An entry in an action's progress log.</summary>
public sealed class ActionProgress : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid ProjectId { get; set; }
    public Guid ActionId { get; set; }
    public DateTime At { get; set; }
    public Guid ByUserId { get; set; }
    public ActionStatus Status { get; set; }
    public int PercentComplete { get; set; }
    public string Note { get; set; } = "";
}

/// <summary>
/// How the team will know it worked: a measure tied to one of Proctor's implementation outcomes, with baseline and
/// target. Indicators belong to the project, not a cycle, so their measurements form one series across cycles.
/// </summary>
public sealed class SuccessIndicator : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid ProjectId { get; set; }
    /// <summary>The cycle in which the indicator was defined.</summary>
    public int Cycle { get; set; }
    /// <summary>A Proctor implementation outcome id from the reference data.</summary>
    public required string OutcomeId { get; set; }
    public required string Name { get; set; }
    public string Unit { get; set; } = "";
    public double Baseline { get; set; }
    public double Target { get; set; }
    public Guid OwnerUserId { get; set; }
}

public sealed class IndicatorMeasurement : ITenantOwned, ICycleRow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid ProjectId { get; set; }
    public Guid IndicatorId { get; set; }
    /// <summary>The cycle the measurement was taken in, so cycles can be compared.</summary>
    public int Cycle { get; set; }
    public DateOnly MeasuredOn { get; set; }
    public double Value { get; set; }
    public string Note { get; set; } = "";
    public Guid RecordedByUserId { get; set; }
    public DateTime RecordedAt { get; set; }
}

/// <summary>
/// A reminder that was sent, so a background job run twice (or after a crash) sends one reminder per item per period.
/// The period is a key such as <c>2026-W47</c>; the unique index is what makes the job idempotent.
/// </summary>
public sealed class ProjectReminder : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid ProjectId { get; set; }
    public ReminderKind Kind { get; set; }
    public Guid SubjectId { get; set; }
    public required string Period { get; set; }
    public DateTime SentAt { get; set; }
}

public enum ReminderKind
{
    OverdueAction,
    OpenSurvey,
}
