using ImplementAll.Platform.Core.Tenancy;

namespace ImplementAll.Platform.Core.Tailoring;

/// <summary>
/// A strategy considered for a prioritised barrier in module 2: an ERIC strategy from the ranked suggestions, or the
/// team's own. Shortlisted strategies can be rated by stakeholders; selected ones go into the plan.
/// </summary>
public sealed class ProjectStrategy : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid ProjectId { get; set; }
    public int Cycle { get; set; }
    public Guid BarrierId { get; set; }
    /// <summary>The ERIC strategy id (<c>eric-05</c>); empty for the team's own strategy.</summary>
    public string? EricStrategyId { get; set; }
    /// <summary>The ItFits strategy category (<c>itfits-s1</c> to <c>itfits-s6</c>).</summary>
    public string? CategoryId { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    /// <summary>Why the matcher suggested it (endorsement, level, go-zone) when it was shortlisted; kept for the record.</summary>
    public string Evidence { get; set; } = "";
    public bool Shortlisted { get; set; }
    public bool Selected { get; set; }
    public string Rationale { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
