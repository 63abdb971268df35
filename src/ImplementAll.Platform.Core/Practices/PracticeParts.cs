namespace ImplementAll.Platform.Core.Practices;

/// <summary>Technology readiness (TRL 1–9) and implementation stage (one of ten), each with the owner's justification.</summary>
public sealed class Maturity
{
    public int Trl { get; set; } = 1;
    public string TrlJustification { get; set; } = "";
    /// <summary>Implementation stage id from the reference list, e.g. dha-stage-07.</summary>
    public string Stage { get; set; } = "dha-stage-01";
    public string StageJustification { get; set; } = "";
}

public sealed class Regulatory
{
    public MdrClass MdrClass { get; set; } = MdrClass.NotAMedicalDevice;
    public bool CeMarked { get; set; }
    public bool DpiaDone { get; set; }
}

public enum MdrClass
{
    NotAMedicalDevice,
    ClassI,
    ClassIIa,
    ClassIIb,
    ClassIII,
}

public sealed class Contact
{
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string? Role { get; set; }
}

public sealed class EvidenceItem
{
    public EvidenceType Type { get; set; }
    public string Citation { get; set; } = "";
    public string? DoiOrUrl { get; set; }
    public int? Year { get; set; }
    public string? Outcome { get; set; }
}

public enum EvidenceType
{
    RandomisedControlledTrial,
    ObservationalStudy,
    EvaluationReport,
    CaseStudy,
    SystematicReview,
    HealthEconomicEvaluation,
    Other,
}

public sealed class Deployment
{
    public string CountryCode { get; set; } = "";
    public string Place { get; set; } = "";
    /// <summary>Year the deployment started.</summary>
    public int? Since { get; set; }
    public int? Users { get; set; }
    public int? Sites { get; set; }
}

public sealed class PracticeLink
{
    public string Title { get; set; } = "";
    public string Url { get; set; } = "";
}
