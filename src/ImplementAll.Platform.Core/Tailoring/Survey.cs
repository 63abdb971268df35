using ImplementAll.Platform.Core.Tenancy;

namespace ImplementAll.Platform.Core.Tailoring;

/// <summary>
/// A round of questions to people outside the team, answered through a personal link without an account: stakeholders
/// rating barriers (module 1) or shortlisted strategies (module 2), or staff answering a NoMAD wave (module 4).
/// Its items are copied when it opens, so later edits to barriers or strategies do not change what was asked.
/// </summary>
public sealed class Survey : ITenantOwned, ICycleRow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid ProjectId { get; set; }
    public int Cycle { get; set; }
    public SurveyKind Kind { get; set; }
    public required string Title { get; set; }
    public string Message { get; set; } = "";
    public SurveyStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? OpenedAt { get; set; }
    /// <summary>When the survey stops taking answers by itself; the team can also close it earlier.</summary>
    public DateTime? ClosesAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    /// <summary>Which instrument the items came from (for NoMAD: the operator's file, or the labelled placeholder set).</summary>
    public string InstrumentSource { get; set; } = "";
}

public enum SurveyKind
{
    BarrierConsultation,
    StrategyRating,
    Normalisation,
}

public enum SurveyStatus
{
    Draft,
    Open,
    Closed,
}

/// <summary>One thing a respondent is asked about: a barrier, a strategy, or a NoMAD item.</summary>
public sealed class SurveyItem : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid SurveyId { get; set; }
    public int Order { get; set; }
    /// <summary>The barrier or project strategy asked about.</summary>
    public Guid? SubjectId { get; set; }
    /// <summary>The instrument's item code (NoMAD) or the subject's reference code.</summary>
    public string? Code { get; set; }
    /// <summary>The NoMAD construct an item scores towards.</summary>
    public string? Group { get; set; }
    public required string Text { get; set; }
}

/// <summary>A person asked to answer. Only a hash of their link's secret is kept.</summary>
public sealed class SurveyInvitee : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid SurveyId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    /// <summary>The stakeholder's role in the setting (nurse, patient representative, manager).</summary>
    public string StakeholderRole { get; set; } = "";
    public required string SecretHash { get; set; }
    public DateTime InvitedAt { get; set; }
    public DateTime? RespondedAt { get; set; }
    public DateTime? LastRemindedAt { get; set; }
}

/// <summary>One invitee's submitted answers; at most one per invitee.</summary>
public sealed class SurveyResponse : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid SurveyId { get; set; }
    public Guid InviteeId { get; set; }
    public DateTime SubmittedAt { get; set; }
    public string Comment { get; set; } = "";
}

public sealed class SurveyAnswer : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid SurveyId { get; set; }
    public Guid ResponseId { get; set; }
    public Guid ItemId { get; set; }
    public RatingDimension Dimension { get; set; }
    /// <summary>The Likert score; empty when the respondent said the item is not relevant to them.</summary>
    public int? Score { get; set; }
    public string Comment { get; set; } = "";
}

/// <summary>What an answer rates. Barriers: importance and changeability; strategies: feasibility and acceptability; NoMAD: agreement.</summary>
public enum RatingDimension
{
    Importance,
    Changeability,
    Feasibility,
    Acceptability,
    Agreement,
}

/// <summary>A barrier a stakeholder proposed in a consultation; the team may adopt it as a candidate.</summary>
public sealed class ProposedBarrier : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid SurveyId { get; set; }
    public Guid ResponseId { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public Guid? AdoptedAsBarrierId { get; set; }
}
