using ImplementAll.Platform.Core.Tenancy;

namespace ImplementAll.Platform.Core.Tailoring;

/// <summary>
/// A team's tailored implementation of one intervention in one setting, run in the four ItFits modules and repeated in
/// review cycles. The intervention is a practice from the repository or, where there is none, described locally.
/// </summary>
public sealed class TailoringProject : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public required string Title { get; set; }
    /// <summary>The published practice being implemented, if it comes from the repository.</summary>
    public Guid? PracticeId { get; set; }
    /// <summary>The practice's title when the project linked it, or the locally described intervention's name.</summary>
    public required string InterventionName { get; set; }
    public string InterventionDescription { get; set; } = "";
    /// <summary>Where the practice is being implemented: a ward, a practice, a region.</summary>
    public required string Setting { get; set; }
    public string Context { get; set; } = "";
    public TargetGroup TargetGroup { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    /// <summary>The review cycle the team works in now; earlier cycles stay unchanged as history.</summary>
    public int CurrentCycle { get; set; } = 1;
    public DateTime CreatedAt { get; set; }
    public Guid CreatedByUserId { get; set; }
    public DateTime? ArchivedAt { get; set; }
}

public enum TargetGroup
{
    ServiceDeliveryStaff,
    Patients,
    Both,
}

/// <summary>The four ItFits modules, in the order a cycle goes through them.</summary>
public enum ProjectModule
{
    Identify = 1,
    Match = 2,
    Design = 3,
    Apply = 4,
}

/// <summary>What a person may do in a project; independent of their role in their organisation.</summary>
public enum ProjectRole
{
    Observer = 0,
    TeamMember = 1,
    Facilitator = 2,
    Lead = 3,
}

/// <summary>A person on the project team. Partners' staff are members too; <see cref="OrganisationId"/> says whose.</summary>
public sealed class ProjectMember : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid ProjectId { get; set; }
    public Guid UserId { get; set; }
    /// <summary>The organisation the person takes part for: the lead tenant or an active partner.</summary>
    public Guid OrganisationId { get; set; }
    public ProjectRole Role { get; set; }
    public DateTime AddedAt { get; set; }
}

/// <summary>One pass through the modules. A new cycle starts from a copy of the previous one's choices.</summary>
public sealed class ProjectCycle : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid ProjectId { get; set; }
    public int Number { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    /// <summary>The team's reflection at the end of the cycle: what worked, what to adapt.</summary>
    public string Reflection { get; set; } = "";
}

/// <summary>A module of a cycle with the person who answers for it ("be organised": every step has an owner).</summary>
public sealed class ProjectStep : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid ProjectId { get; set; }
    public int Cycle { get; set; }
    public ProjectModule Module { get; set; }
    public Guid OwnerUserId { get; set; }
    public DateOnly? DueOn { get; set; }
    public DateTime? CompletedAt { get; set; }
}

/// <summary>What the team wants to achieve, with a target that can be measured.</summary>
public sealed class ImplementationGoal : ITenantOwned, ICycleRow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid ProjectId { get; set; }
    public int Cycle { get; set; }
    public required string Text { get; set; }
    public required string MeasurableTarget { get; set; }
    public DateOnly? TargetDate { get; set; }
    public Guid OwnerUserId { get; set; }
}

public static class ProjectLimits
{
    public const int TitleLength = 200;
    public const int NameLength = 300;
    public const int ShortTextLength = 1000;
    public const int TextLength = 4000;
    public const int CodeLength = 64;
    /// <summary>"Be focused": the ItFits toolkit asks teams to work on no more than three barriers at a time.</summary>
    public const int MaxPrioritisedBarriers = 3;
}
