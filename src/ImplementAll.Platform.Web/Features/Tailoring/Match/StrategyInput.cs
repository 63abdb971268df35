using System.ComponentModel.DataAnnotations;
using ImplementAll.Platform.Core.Tailoring;

namespace ImplementAll.Platform.Web.Features.Tailoring.Match;

/// <summary>What the team writes about a strategy; shared by adding one and changing one.</summary>
public abstract class StrategyText
{
    [StringLength(ProjectLimits.NameLength, ErrorMessage = "A title can be at most 300 characters.")]
    public string? Title { get; set; }

    [StringLength(ProjectLimits.CodeLength, ErrorMessage = "A category id is at most 64 characters (for example itfits-s1).")]
    public string? CategoryId { get; set; }

    [StringLength(ProjectLimits.TextLength, ErrorMessage = "The description can be at most 4,000 characters.")]
    public string? Description { get; set; }

    [StringLength(ProjectLimits.TextLength, ErrorMessage = "The rationale can be at most 4,000 characters.")]
    public string? Rationale { get; set; }
}

/// <summary>
/// A strategy the team puts on a barrier's list: an ERIC strategy from the suggestions (its name and category then
/// come from the reference data and the mapping), or the team's own, which needs a title and a category.
/// </summary>
public sealed class StrategyInput : StrategyText, IValidatableObject
{
    [Required(ErrorMessage = "Choose the barrier the strategy addresses.")]
    public Guid? BarrierId { get; set; }

    [StringLength(ProjectLimits.CodeLength, ErrorMessage = "An ERIC strategy id is at most 64 characters (for example eric-05).")]
    public string? EricStrategyId { get; set; }

    public bool IsOwn => string.IsNullOrWhiteSpace(EricStrategyId);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsOwn)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Title))
        {
            yield return new ValidationResult("Give your strategy a title.", [nameof(Title)]);
        }

        if (string.IsNullOrWhiteSpace(CategoryId))
        {
            yield return new ValidationResult("Choose the ItFits strategy category your strategy belongs to.", [nameof(CategoryId)]);
        }
    }
}

/// <summary>
/// The state of a strategy on the list: shortlisted for stakeholders to rate, selected for the plan, and why. Title,
/// category and description change the team's own strategies only; left empty they stay as they are.
/// </summary>
public sealed class StrategyChange : StrategyText
{
    public bool Shortlisted { get; set; }

    public bool Selected { get; set; }
}
