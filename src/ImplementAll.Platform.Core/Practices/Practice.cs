using ImplementAll.Platform.Core.Tenancy;

namespace ImplementAll.Platform.Core.Practices;

/// <summary>
/// A registered practice: a solution, app, policy, strategy, assessment framework, model, method or tool. Owned by the
/// tenant that registered it; readable by everyone once published, by its owner and curators before that.
/// </summary>
public sealed class Practice : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public PracticeStatus Status { get; set; } = PracticeStatus.Draft;
    public PracticeType Type { get; set; }
    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    /// <summary>Markdown; rendered through a sanitising pipeline, never as raw HTML.</summary>
    public string Description { get; set; } = "";
    /// <summary>ISO 639-1 language the title, summary and description are written in.</summary>
    public string TextLanguage { get; set; } = "en";

    public List<string> CountriesOfOrigin { get; set; } = [];
    public List<string> CountriesOfDeployment { get; set; } = [];
    public List<string> Languages { get; set; } = [];
    public List<string> TargetGroups { get; set; } = [];
    public List<string> CareSettings { get; set; } = [];
    public List<string> HealthDomains { get; set; } = [];
    /// <summary>WHO Classification of Digital Health Interventions v2 codes, e.g. CDHIv2-1.4.1.</summary>
    public List<string> WhoCodes { get; set; } = [];
    public List<string> Interoperability { get; set; } = [];
    public List<string> Tags { get; set; } = [];

    public Maturity Maturity { get; set; } = new();
    public Regulatory Regulatory { get; set; } = new();
    public List<Contact> Contacts { get; set; } = [];
    public List<EvidenceItem> Evidence { get; set; } = [];
    public List<Deployment> Deployments { get; set; } = [];
    public List<PracticeLink> Links { get; set; } = [];

    public string? Licence { get; set; }
    public CostModel CostModel { get; set; } = CostModel.Unknown;
    public string? TransferabilityNotes { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    /// <summary>When an owner last confirmed the entry is current; a year without confirmation flags it stale.</summary>
    public DateTime LastConfirmedAt { get; set; }
    public DateTime? StaleReminderSentAt { get; set; }
    /// <summary>Number of the latest published revision; 0 before the first publication.</summary>
    public int RevisionNumber { get; set; }

    public bool IsStaleAt(DateTime now) => Status == PracticeStatus.Published && LastConfirmedAt <= now.AddYears(-1);
}

public enum PracticeStatus
{
    Draft,
    Submitted,
    ChangesRequested,
    Published,
    Archived,
}

public enum PracticeType
{
    DigitalSolution,
    ComplexSolution,
    Policy,
    Strategy,
    AssessmentFramework,
    Model,
    MethodOrTool,
}

public enum CostModel
{
    Unknown,
    Free,
    OneOffLicence,
    Subscription,
    PerUser,
    Other,
}
