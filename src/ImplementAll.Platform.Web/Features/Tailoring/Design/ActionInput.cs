using System.ComponentModel.DataAnnotations;
using ImplementAll.Platform.Core.Tailoring;

namespace ImplementAll.Platform.Web.Features.Tailoring.Design;

/// <summary>A step of the plan as the team writes it; the rules that need the project or the team are checked by <see cref="PlanActions"/>.</summary>
public sealed class ActionInput : IValidatableObject
{
    [Required(ErrorMessage = "Say what is to be done.")]
    [StringLength(ProjectLimits.NameLength, ErrorMessage = "An action can be at most 300 characters.")]
    public string? What { get; set; }

    [Required(ErrorMessage = "Every action needs an owner.")]
    public Guid? OwnerUserId { get; set; }

    [Required(ErrorMessage = "Give the start date.")]
    public DateOnly? StartsOn { get; set; }

    [Required(ErrorMessage = "Give the due date.")]
    public DateOnly? DueOn { get; set; }

    [StringLength(ProjectLimits.ShortTextLength, ErrorMessage = "Resources can be at most 1,000 characters.")]
    public string? Resources { get; set; }

    [StringLength(ProjectLimits.ShortTextLength, ErrorMessage = "Stakeholders can be at most 1,000 characters.")]
    public string? Stakeholders { get; set; }

    /// <summary>One of the current cycle's selected strategies, or none for an action that serves the plan as a whole.</summary>
    public Guid? StrategyId { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StartsOn is { } start && DueOn is { } due && due < start)
        {
            yield return new ValidationResult("The due date cannot be before the start date.", [nameof(DueOn)]);
        }
    }
}
