using System.ComponentModel.DataAnnotations;
using ImplementAll.Platform.Core.Tailoring;

namespace ImplementAll.Platform.Web.Features.Tailoring.Projects;

/// <summary>What a team says about its project when starting it or editing it.</summary>
public sealed class ProjectInput : IValidatableObject
{
    [Required(ErrorMessage = "Give the project a title.")]
    [StringLength(ProjectLimits.TitleLength, ErrorMessage = "A title can be at most 200 characters.")]
    public string? Title { get; set; }

    /// <summary>A published practice from the repository; leave empty and name the intervention to describe it locally.</summary>
    public Guid? PracticeId { get; set; }

    [StringLength(ProjectLimits.NameLength, ErrorMessage = "The intervention's name can be at most 300 characters.")]
    public string? InterventionName { get; set; }

    [StringLength(ProjectLimits.TextLength, ErrorMessage = "The description can be at most 4,000 characters.")]
    public string? InterventionDescription { get; set; }

    [Required(ErrorMessage = "Say where the practice is being implemented.")]
    [StringLength(ProjectLimits.NameLength, ErrorMessage = "The setting can be at most 300 characters.")]
    public string? Setting { get; set; }

    [StringLength(ProjectLimits.TextLength, ErrorMessage = "The context can be at most 4,000 characters.")]
    public string? Context { get; set; }

    [Required(ErrorMessage = "Choose the target group.")]
    public TargetGroup? TargetGroup { get; set; }

    [Required(ErrorMessage = "Give the start date.")]
    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PracticeId is null && string.IsNullOrWhiteSpace(InterventionName))
        {
            yield return new ValidationResult("Choose a practice from the repository or name the intervention.", [nameof(InterventionName)]);
        }

        if (EndsOn is { } end && StartsOn is { } start && end < start)
        {
            yield return new ValidationResult("The end date cannot be before the start date.", [nameof(EndsOn)]);
        }
    }
}
