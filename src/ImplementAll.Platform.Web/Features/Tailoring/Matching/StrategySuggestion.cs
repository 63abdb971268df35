namespace ImplementAll.Platform.Web.Features.Tailoring.Matching;

/// <summary>
/// The kinds of CFIR-ERIC evidence for a barrier-strategy pair, best first (the order is the ranking order).
/// <see cref="Level1Or2"/> is what the shipped data has for most pairs: known to be Level 1 or Level 2, not which.
/// It ranks between the two: it is at least Level 2 and may be Level 1, so it is never worse than a known Level 2 pair
/// but not known to be as good as a Level 1 pair.
/// </summary>
public enum EvidenceKind
{
    /// <summary>The share of experts endorsing the strategy for the barrier is known.</summary>
    Endorsement,
    /// <summary>Endorsed by at least half of the experts; percentage not known.</summary>
    Level1,
    /// <summary>Endorsed by at least 20% of the experts, possibly at least half; percentage not known.</summary>
    Level1Or2,
    /// <summary>Endorsed by 20-49% of the experts; percentage not known.</summary>
    Level2,
    /// <summary>No endorsement known for this barrier.</summary>
    Unrated,
}

public enum EvidenceSource
{
    /// <summary>The reference files shipped with the platform (<c>cfir-eric-matching.json</c>, <c>eric-strategies.json</c>).</summary>
    ReferenceData,
    /// <summary>The CFIR-ERIC matrix an administrator imported.</summary>
    ImportedMatrix,
}

/// <summary>One suggested ERIC strategy for a barrier (or theme), with the evidence that put it where it is.</summary>
public sealed record StrategySuggestion(
    int Rank,
    string StrategyId,
    int StrategyNumber,
    string StrategyName,
    string ClusterId,
    string ClusterName,
    EvidenceKind Evidence,
    double? EndorsementPercent,
    // 1 or 2 when the Waltz level is known (from the level itself or from the percentage), else null.
    int? Level,
    double? Importance,
    double? Feasibility,
    RatingBasis RatingBasis,
    string? GoZoneQuadrant,
    // The barrier the evidence is for (in a theme ranking, the mapped barrier with the best evidence); null when unrated.
    string? BarrierId,
    string? BarrierName,
    EvidenceSource Source,
    string SourceNote,
    string Explanation);

internal static class Evidence
{
    /// <summary>Waltz 2019: Level 1 = endorsed by at least 50% of respondents, Level 2 = 20-49%.</summary>
    public const double Level1Threshold = 50;
    public const double Level2Threshold = 20;

    /// <summary>Negative when the first is the better evidence: the better kind, then the higher percentage.</summary>
    public static int Compare(EvidenceKind a, double? aPercent, EvidenceKind b, double? bPercent) =>
        a != b ? a.CompareTo(b) : (bPercent ?? 0).CompareTo(aPercent ?? 0);

    public static int? LevelOf(EvidenceKind kind, double? percent) => kind switch
    {
        EvidenceKind.Level1 => 1,
        EvidenceKind.Level2 => 2,
        EvidenceKind.Endorsement when percent >= Level1Threshold => 1,
        EvidenceKind.Endorsement when percent >= Level2Threshold => 2,
        _ => null,
    };
}
