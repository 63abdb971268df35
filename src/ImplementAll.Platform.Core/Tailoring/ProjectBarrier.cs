using ImplementAll.Platform.Core.Tenancy;

namespace ImplementAll.Platform.Core.Tailoring;

/// <summary>
/// Something that stands in the way of the goals, identified in module 1. Classified by an ItFits barrier theme and,
/// optionally, through the CFIR 2.0 and Health Foundation lenses; a CFIR-ERIC tool barrier drives strategy matching.
/// </summary>
public sealed class ProjectBarrier : ITenantOwned, ICycleRow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid ProjectId { get; set; }
    public int Cycle { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public BarrierOrigin Origin { get; set; }
    /// <summary>An ItFits barrier theme id (<c>itfits-b1</c> to <c>itfits-b7</c>); none for a custom barrier.</summary>
    public string? ThemeId { get; set; }
    /// <summary>A CFIR 2.0 construct id, as a lens on the barrier.</summary>
    public string? CfirConstructId { get; set; }
    /// <summary>One of the Health Foundation's seven factors, as a lens.</summary>
    public string? HealthFactorId { get; set; }
    /// <summary>The CFIR 2009 barrier of the CFIR-ERIC tool used for matching; when empty, matching goes by theme.</summary>
    public string? MatchingBarrierId { get; set; }
    /// <summary>1 to 3 once the team has prioritised the barrier; empty for a candidate.</summary>
    public int? Priority { get; set; }
    public DateTime CreatedAt { get; set; }
}

public enum BarrierOrigin
{
    Theme,
    Custom,
    Stakeholder,
}

/// <summary>A row of one cycle of a project: what the modules look up by id and refuse to change once the cycle is history.</summary>
public interface ICycleRow
{
    Guid Id { get; }
    Guid ProjectId { get; }
    int Cycle { get; }
}
