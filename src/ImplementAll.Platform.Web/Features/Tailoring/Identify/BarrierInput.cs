using System.ComponentModel.DataAnnotations;
using ImplementAll.Platform.Core.Tailoring;

namespace ImplementAll.Platform.Web.Features.Tailoring.Identify;

/// <summary>A candidate barrier: from an ItFits theme or custom (no theme), with optional CFIR 2.0 and Health Foundation lenses.</summary>
public sealed class BarrierInput
{
    [Required(ErrorMessage = "Name the barrier.")]
    [StringLength(ProjectLimits.TitleLength, ErrorMessage = "The title can be at most 200 characters.")]
    public string Title { get; set; } = "";

    [StringLength(ProjectLimits.TextLength, ErrorMessage = "The description can be at most 4000 characters.")]
    public string? Description { get; set; }

    /// <summary>An ItFits barrier theme (<c>itfits-b1</c> to <c>itfits-b7</c>); empty for a custom barrier.</summary>
    public string? ThemeId { get; set; }

    public string? CfirConstructId { get; set; }

    public string? HealthFactorId { get; set; }

    /// <summary>A CFIR-ERIC tool barrier (<c>cfir09-..</c>) for strategy matching; empty to match by theme.</summary>
    public string? MatchingBarrierId { get; set; }
}

public sealed record BarrierView(
    Guid Id, int Cycle, string Title, string Description, BarrierOrigin Origin, string? ThemeId, string? ThemeName, string? CfirConstructId,
    string? CfirConstructName, string? HealthFactorId, string? HealthFactorName, string? MatchingBarrierId, string? MatchingBarrierName,
    int? Priority, DateTime CreatedAt);

public sealed class PriorityInput
{
    /// <summary>1 to 3; the barrier takes that place and the others move down.</summary>
    public int? Priority { get; set; }
}

public sealed class PriorityOrderInput
{
    /// <summary>Every prioritised barrier of the current cycle, most important first.</summary>
    public List<Guid>? BarrierIds { get; set; }
}
