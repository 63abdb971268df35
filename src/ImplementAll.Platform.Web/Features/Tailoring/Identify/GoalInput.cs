using System.ComponentModel.DataAnnotations;
using ImplementAll.Platform.Core.Tailoring;

namespace ImplementAll.Platform.Web.Features.Tailoring.Identify;

public sealed class GoalInput
{
    [Required(ErrorMessage = "Say what the team wants to achieve.")]
    [StringLength(ProjectLimits.ShortTextLength, ErrorMessage = "The goal can be at most 1000 characters.")]
    public string Text { get; set; } = "";

    [Required(ErrorMessage = "Give a target that can be measured, such as \"80% of eligible patients enrolled\".")]
    [StringLength(ProjectLimits.ShortTextLength, ErrorMessage = "The target can be at most 1000 characters.")]
    public string MeasurableTarget { get; set; } = "";

    public DateOnly? TargetDate { get; set; }

    [Required(ErrorMessage = "Every goal needs an owner.")]
    public Guid? OwnerUserId { get; set; }
}

public sealed record GoalView(Guid Id, int Cycle, string Text, string MeasurableTarget, DateOnly? TargetDate, Guid OwnerUserId, string OwnerName);
