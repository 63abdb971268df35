using System.ComponentModel.DataAnnotations;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Tailoring;

namespace ImplementAll.Platform.Web.Features.Tailoring.Consultation;

public sealed class SurveyInput
{
    [Required(ErrorMessage = "Choose what the survey asks about.")]
    [EnumDataType(typeof(SurveyKind), ErrorMessage = "Choose BarrierConsultation, StrategyRating or Normalisation.")]
    public SurveyKind? Kind { get; set; }

    [Required(ErrorMessage = "Give the survey a title.")]
    [StringLength(ProjectLimits.TitleLength, ErrorMessage = "The title can be at most 200 characters.")]
    public string Title { get; set; } = "";

    [StringLength(ProjectLimits.TextLength, ErrorMessage = "The message can be at most 4000 characters.")]
    public string? Message { get; set; }

    /// <summary>When the survey stops taking answers (UTC); optional, and in the future.</summary>
    public DateTime? ClosesAt { get; set; }
}

public sealed class InviteeInput
{
    [Required(ErrorMessage = "Enter the person's name.")]
    [StringLength(PeopleLimits.DisplayNameLength, ErrorMessage = "The name can be at most 120 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter the email address to send the link to.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address, like name@example.org.")]
    [StringLength(PeopleLimits.EmailLength, ErrorMessage = "The email address can be at most 254 characters.")]
    public string Email { get; set; } = "";

    /// <summary>The person's role in the setting: nurse, patient representative, manager.</summary>
    [StringLength(ProjectLimits.TitleLength, ErrorMessage = "The stakeholder role can be at most 200 characters.")]
    public string? StakeholderRole { get; set; }
}

/// <summary>A respondent's answers: one per item and dimension, an optional comment, and (barrier consultations) proposals.</summary>
public sealed class AnswersInput
{
    public List<AnswerInput> Answers { get; set; } = [];

    [StringLength(ProjectLimits.TextLength, ErrorMessage = "The comment can be at most 4000 characters.")]
    public string? Comment { get; set; }

    public List<ProposalInput> Proposals { get; set; } = [];
}

public sealed class AnswerInput
{
    public Guid? ItemId { get; set; }
    public RatingDimension? Dimension { get; set; }
    /// <summary>1 to 5; empty with <see cref="NotRelevant"/> where the survey allows it.</summary>
    public int? Score { get; set; }
    public bool NotRelevant { get; set; }
    public string? Comment { get; set; }
}

public sealed class ProposalInput
{
    public string? Title { get; set; }
    public string? Description { get; set; }
}
