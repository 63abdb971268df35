using System.ComponentModel.DataAnnotations;
using ImplementAll.Platform.Core.Practices;

namespace ImplementAll.Platform.Web.Features.Practices;

/// <summary>
/// Everything an owner can say about a practice, as the API and the registration wizard send it. A draft may be
/// incomplete; <see cref="PracticeRules"/> decides what must be present before it can be submitted for review.
/// </summary>
public sealed class PracticeInput
{
    [Required(ErrorMessage = "Choose the type of practice.")]
    public PracticeType? Type { get; set; }

    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(PracticeLimits.TitleLength, MinimumLength = 3, ErrorMessage = "The title must be 3 to 200 characters.")]
    public string Title { get; set; } = "";

    [StringLength(PracticeLimits.SummaryLength, ErrorMessage = "The summary can be at most 600 characters.")]
    public string? Summary { get; set; }

    [StringLength(PracticeLimits.DescriptionLength, ErrorMessage = "The description can be at most 20,000 characters.")]
    public string? Description { get; set; }

    [RegularExpression("^[a-z]{2}$", ErrorMessage = "Give the language of the text as a two-letter ISO 639-1 code, such as en.")]
    public string? TextLanguage { get; set; } = "en";

    public List<string> CountriesOfOrigin { get; set; } = [];
    public List<string> CountriesOfDeployment { get; set; } = [];
    public List<string> Languages { get; set; } = [];
    public List<string> TargetGroups { get; set; } = [];
    public List<string> CareSettings { get; set; } = [];
    public List<string> HealthDomains { get; set; } = [];
    public List<string> WhoCodes { get; set; } = [];
    public List<string> Interoperability { get; set; } = [];
    public List<string> Tags { get; set; } = [];

    [Range(1, 9, ErrorMessage = "The technology readiness level is 1 to 9.")]
    public int? Trl { get; set; }

    [StringLength(2000, ErrorMessage = "The justification can be at most 2,000 characters.")]
    public string? TrlJustification { get; set; }

    public string? Stage { get; set; }

    [StringLength(2000, ErrorMessage = "The justification can be at most 2,000 characters.")]
    public string? StageJustification { get; set; }

    public MdrClass? MdrClass { get; set; }
    public bool CeMarked { get; set; }
    public bool DpiaDone { get; set; }

    [StringLength(200, ErrorMessage = "The licence can be at most 200 characters.")]
    public string? Licence { get; set; }

    public CostModel? CostModel { get; set; }

    [StringLength(PracticeLimits.NotesLength, ErrorMessage = "The transferability notes can be at most 4,000 characters.")]
    public string? TransferabilityNotes { get; set; }

    public List<ContactInput> Contacts { get; set; } = [];
    public List<EvidenceInput> Evidence { get; set; } = [];
    public List<DeploymentInput> Deployments { get; set; } = [];
    public List<LinkInput> Links { get; set; } = [];
}

public sealed class ContactInput
{
    [Required(ErrorMessage = "Enter the contact's name.")]
    [StringLength(120)]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter the contact's email.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(254)]
    public string Email { get; set; } = "";

    [StringLength(120)]
    public string? Role { get; set; }
}

public sealed class EvidenceInput
{
    [Required(ErrorMessage = "Choose the type of evidence.")]
    public EvidenceType? Type { get; set; }

    [Required(ErrorMessage = "Enter the citation.")]
    [StringLength(600)]
    public string Citation { get; set; } = "";

    [StringLength(300)]
    public string? DoiOrUrl { get; set; }

    [Range(1950, 2100, ErrorMessage = "Enter a year between 1950 and 2100.")]
    public int? Year { get; set; }

    [StringLength(600)]
    public string? Outcome { get; set; }
}

public sealed class DeploymentInput
{
    [Required(ErrorMessage = "Choose the country.")]
    public string CountryCode { get; set; } = "";

    [Required(ErrorMessage = "Say where it is deployed.")]
    [StringLength(200)]
    public string Place { get; set; } = "";

    [Range(1990, 2100, ErrorMessage = "Enter a year between 1990 and 2100.")]
    public int? Since { get; set; }

    [Range(0, 1_000_000_000, ErrorMessage = "Users cannot be negative.")]
    public int? Users { get; set; }

    [Range(0, 1_000_000, ErrorMessage = "Sites cannot be negative.")]
    public int? Sites { get; set; }
}

public sealed class LinkInput
{
    [Required(ErrorMessage = "Enter a title for the link.")]
    [StringLength(200)]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Enter the address.")]
    [Url(ErrorMessage = "Enter a full web address, starting with https://.")]
    [StringLength(500)]
    public string Url { get; set; } = "";
}
