namespace ImplementAll.Platform.Core.Search;

/// <summary>
/// What the search index holds of a published practice. Only published practices are ever indexed, so search
/// cannot return a draft or another tenant's private data to anyone.
/// </summary>
public sealed record PracticeDocument
{
    public required Guid Id { get; init; }
    public required Guid OwnerTenantId { get; init; }
    public required string OwnerName { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    /// <summary>Plain text of the description, transferability notes, health domains and tags.</summary>
    public required string Body { get; init; }
    /// <summary>ISO 639-1 language of the title, summary and body: picks the analyzer (en, de, nl, no, es, fr; others fall back to a standard analyzer).</summary>
    public required string TextLanguage { get; init; }
    /// <summary>The practice type's name, e.g. DigitalSolution.</summary>
    public required string Type { get; init; }
    /// <summary>ISO 3166-1 alpha-2 codes of origin and deployment.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];
    public required int Trl { get; init; }
    /// <summary>Implementation stage id, e.g. dha-stage-07.</summary>
    public required string Stage { get; init; }
    /// <summary>Stage position 1..10, for sorting by maturity together with the TRL.</summary>
    public required int StageOrder { get; init; }
    public IReadOnlyList<string> WhoCodes { get; init; } = [];
    public IReadOnlyList<string> TargetGroups { get; init; } = [];
    public IReadOnlyList<string> CareSettings { get; init; } = [];
    /// <summary>ISO 639-1 languages the practice is available in.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<string> EvidenceTypes { get; init; } = [];
    public required DateTime PublishedAt { get; init; }
}

/// <summary>The facets users filter and count by; the string is the field name in every adapter.</summary>
public static class PracticeFacets
{
    public const string Type = "type";
    public const string Country = "country";
    public const string Trl = "trl";
    public const string Stage = "stage";
    public const string Who = "who";
    public const string TargetGroup = "targetGroup";
    public const string CareSetting = "careSetting";
    public const string Language = "language";
    public const string EvidenceType = "evidenceType";

    public static readonly IReadOnlyList<string> All = [Type, Country, Trl, Stage, Who, TargetGroup, CareSetting, Language, EvidenceType];
}
