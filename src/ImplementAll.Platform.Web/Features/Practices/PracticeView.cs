using ImplementAll.Platform.Core.Practices;

namespace ImplementAll.Platform.Web.Features.Practices;

/// <summary>
/// A practice as readers see it. Also the shape of a published revision's snapshot, so the public always reads the
/// last published version while the owner's working copy may be in review.
/// </summary>
public sealed record PracticeView
{
    public Guid Id { get; init; }
    public Guid OwnerTenantId { get; init; }
    public string OwnerName { get; init; } = "";
    public PracticeStatus Status { get; init; }
    public PracticeType Type { get; init; }
    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
    public string Description { get; init; } = "";
    public string TextLanguage { get; init; } = "en";
    public IReadOnlyList<string> CountriesOfOrigin { get; init; } = [];
    public IReadOnlyList<string> CountriesOfDeployment { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<string> TargetGroups { get; init; } = [];
    public IReadOnlyList<string> CareSettings { get; init; } = [];
    public IReadOnlyList<string> HealthDomains { get; init; } = [];
    public IReadOnlyList<string> WhoCodes { get; init; } = [];
    public IReadOnlyList<string> Interoperability { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public int Trl { get; init; }
    public string TrlJustification { get; init; } = "";
    public string Stage { get; init; } = "";
    public string StageJustification { get; init; } = "";
    public MdrClass MdrClass { get; init; }
    public bool CeMarked { get; init; }
    public bool DpiaDone { get; init; }
    public string? Licence { get; init; }
    public CostModel CostModel { get; init; }
    public string? TransferabilityNotes { get; init; }
    public IReadOnlyList<ContactInput> Contacts { get; init; } = [];
    public IReadOnlyList<EvidenceInput> Evidence { get; init; } = [];
    public IReadOnlyList<DeploymentInput> Deployments { get; init; } = [];
    public IReadOnlyList<LinkInput> Links { get; init; } = [];
    public int RevisionNumber { get; init; }
    public DateTime? PublishedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    public DateTime LastConfirmedAt { get; init; }
    public bool Stale { get; init; }
}

public static class PracticeMapping
{
    public static PracticeView ToView(this Practice p, string ownerName, DateTime now) => new()
    {
        Id = p.Id, OwnerTenantId = p.TenantId, OwnerName = ownerName, Status = p.Status, Type = p.Type, Title = p.Title, Summary = p.Summary,
        Description = p.Description, TextLanguage = p.TextLanguage, CountriesOfOrigin = p.CountriesOfOrigin, CountriesOfDeployment = p.CountriesOfDeployment,
        Languages = p.Languages, TargetGroups = p.TargetGroups, CareSettings = p.CareSettings, HealthDomains = p.HealthDomains, WhoCodes = p.WhoCodes,
        Interoperability = p.Interoperability, Tags = p.Tags, Trl = p.Maturity.Trl, TrlJustification = p.Maturity.TrlJustification, Stage = p.Maturity.Stage,
        StageJustification = p.Maturity.StageJustification, MdrClass = p.Regulatory.MdrClass, CeMarked = p.Regulatory.CeMarked, DpiaDone = p.Regulatory.DpiaDone,
        Licence = p.Licence, CostModel = p.CostModel, TransferabilityNotes = p.TransferabilityNotes,
        Contacts = p.Contacts.Select(c => new ContactInput { Name = c.Name, Email = c.Email, Role = c.Role }).ToList(),
        Evidence = p.Evidence.Select(e => new EvidenceInput { Type = e.Type, Citation = e.Citation, DoiOrUrl = e.DoiOrUrl, Year = e.Year, Outcome = e.Outcome }).ToList(),
        Deployments = p.Deployments.Select(d => new DeploymentInput { CountryCode = d.CountryCode, Place = d.Place, Since = d.Since, Users = d.Users, Sites = d.Sites }).ToList(),
        Links = p.Links.Select(l => new LinkInput { Title = l.Title, Url = l.Url }).ToList(),
        RevisionNumber = p.RevisionNumber, PublishedAt = p.PublishedAt, UpdatedAt = p.UpdatedAt, LastConfirmedAt = p.LastConfirmedAt, Stale = p.IsStaleAt(now),
    };

    public static PracticeInput ToInput(this PracticeView v) => new()
    {
        Type = v.Type, Title = v.Title, Summary = v.Summary, Description = v.Description, TextLanguage = v.TextLanguage,
        CountriesOfOrigin = [.. v.CountriesOfOrigin], CountriesOfDeployment = [.. v.CountriesOfDeployment], Languages = [.. v.Languages],
        TargetGroups = [.. v.TargetGroups], CareSettings = [.. v.CareSettings], HealthDomains = [.. v.HealthDomains], WhoCodes = [.. v.WhoCodes],
        Interoperability = [.. v.Interoperability], Tags = [.. v.Tags], Trl = v.Trl, TrlJustification = v.TrlJustification, Stage = v.Stage,
        StageJustification = v.StageJustification, MdrClass = v.MdrClass, CeMarked = v.CeMarked, DpiaDone = v.DpiaDone, Licence = v.Licence,
        CostModel = v.CostModel, TransferabilityNotes = v.TransferabilityNotes, Contacts = [.. v.Contacts], Evidence = [.. v.Evidence],
        Deployments = [.. v.Deployments], Links = [.. v.Links],
    };

    /// <summary>Copies the input onto the working copy; lists are de-duplicated and trimmed so facets stay clean.</summary>
    public static void ApplyTo(this PracticeInput i, Practice p)
    {
        p.Type = i.Type!.Value;
        p.Title = i.Title.Trim();
        p.Summary = i.Summary?.Trim() ?? "";
        p.Description = i.Description ?? "";
        p.TextLanguage = i.TextLanguage ?? "en";
        p.CountriesOfOrigin = Clean(i.CountriesOfOrigin);
        p.CountriesOfDeployment = Clean(i.CountriesOfDeployment);
        p.Languages = Clean(i.Languages);
        p.TargetGroups = Clean(i.TargetGroups);
        p.CareSettings = Clean(i.CareSettings);
        p.HealthDomains = Clean(i.HealthDomains);
        p.WhoCodes = Clean(i.WhoCodes);
        p.Interoperability = Clean(i.Interoperability);
        p.Tags = Clean(i.Tags);
        p.Maturity = new Maturity { Trl = i.Trl ?? 1, TrlJustification = i.TrlJustification?.Trim() ?? "", Stage = i.Stage ?? "dha-stage-01", StageJustification = i.StageJustification?.Trim() ?? "" };
        p.Regulatory = new Regulatory { MdrClass = i.MdrClass ?? MdrClass.NotAMedicalDevice, CeMarked = i.CeMarked, DpiaDone = i.DpiaDone };
        p.Licence = string.IsNullOrWhiteSpace(i.Licence) ? null : i.Licence.Trim();
        p.CostModel = i.CostModel ?? CostModel.Unknown;
        p.TransferabilityNotes = string.IsNullOrWhiteSpace(i.TransferabilityNotes) ? null : i.TransferabilityNotes.Trim();
        p.Contacts = i.Contacts.Select(c => new Contact { Name = c.Name.Trim(), Email = c.Email.Trim(), Role = c.Role?.Trim() }).ToList();
        p.Evidence = i.Evidence.Select(e => new EvidenceItem { Type = e.Type!.Value, Citation = e.Citation.Trim(), DoiOrUrl = e.DoiOrUrl?.Trim(), Year = e.Year, Outcome = e.Outcome?.Trim() }).ToList();
        p.Deployments = i.Deployments.Select(d => new Deployment { CountryCode = d.CountryCode, Place = d.Place.Trim(), Since = d.Since, Users = d.Users, Sites = d.Sites }).ToList();
        p.Links = i.Links.Select(l => new PracticeLink { Title = l.Title.Trim(), Url = l.Url.Trim() }).ToList();
    }

    private static List<string> Clean(IEnumerable<string> values) =>
        values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
