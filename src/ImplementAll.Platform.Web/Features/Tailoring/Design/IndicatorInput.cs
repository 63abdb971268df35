using System.ComponentModel.DataAnnotations;
using ImplementAll.Platform.Core.Tailoring;

namespace ImplementAll.Platform.Web.Features.Tailoring.Design;

/// <summary>A success indicator as the team defines it; the outcome and the owner are checked by <see cref="SuccessIndicators"/>.</summary>
public sealed class IndicatorInput : IValidatableObject
{
    [Required(ErrorMessage = "Choose one of Proctor's implementation outcomes.")]
    public string? OutcomeId { get; set; }

    [Required(ErrorMessage = "Name the indicator.")]
    [StringLength(ProjectLimits.NameLength, ErrorMessage = "A name can be at most 300 characters.")]
    public string? Name { get; set; }

    [StringLength(ProjectLimits.CodeLength, ErrorMessage = "A unit can be at most 64 characters.")]
    public string? Unit { get; set; }

    [Required(ErrorMessage = "Give the baseline as a number.")]
    public double? Baseline { get; set; }

    [Required(ErrorMessage = "Give the target as a number.")]
    public double? Target { get; set; }

    [Required(ErrorMessage = "Every indicator needs an owner.")]
    public Guid? OwnerUserId { get; set; }

    // A form posts "NaN" or "Infinity" as happily as a number, and neither can be charted or compared.
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Baseline is { } baseline && !double.IsFinite(baseline))
        {
            yield return new ValidationResult("Give the baseline as a number.", [nameof(Baseline)]);
        }

        if (Target is { } target && !double.IsFinite(target))
        {
            yield return new ValidationResult("Give the target as a number.", [nameof(Target)]);
        }
    }
}
