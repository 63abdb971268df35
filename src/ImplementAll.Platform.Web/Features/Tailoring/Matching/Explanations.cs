using static System.FormattableString;

namespace ImplementAll.Platform.Web.Features.Tailoring.Matching;

/// <summary>The one line that tells a team why a strategy is where it is in their list.</summary>
internal static class Explanations
{
    public static string For(Found found, string unratedFor)
    {
        var barrier = found.Barrier is { } b ? $"'{b.Name}'" : unratedFor;
        return found.Kind switch
        {
            EvidenceKind.Endorsement => Invariant($"{found.Percent:0.#}% of CFIR-ERIC experts{Share(found)} endorsed it for {barrier} ({LevelName(found.Percent)}; {SourceName(found.Source)})."),
            EvidenceKind.Level1 => $"Level 1 for {barrier}: endorsed by at least half of CFIR-ERIC experts (percentage not available; {SourceName(found.Source)}).",
            EvidenceKind.Level1Or2 => $"Level 1 or 2 for {barrier}: endorsed by at least 20% of CFIR-ERIC experts (percentage and exact level not available; {SourceName(found.Source)}).",
            EvidenceKind.Level2 => $"Level 2 for {barrier}: endorsed by 20-49% of CFIR-ERIC experts (percentage not available; {SourceName(found.Source)}).",
            _ => $"No CFIR-ERIC endorsement known for {unratedFor}; placed by {Ratings(found.Strategy)}.",
        };
    }

    public static string RatingsSource(EricStrategy strategy) => strategy.RatingBasis switch
    {
        RatingBasis.Strategy => "eric-strategies.json: the strategy's Waltz 2015 importance/feasibility ratings",
        RatingBasis.Cluster => "eric-strategies.json: its Waltz 2015 cluster's mean importance/feasibility",
        _ when strategy.GoZoneQuadrant is not null => "eric-strategies.json: its Waltz 2015 go-zone quadrant",
        _ => "eric-strategies.json: no ratings known, ERIC number",
    };

    private static string Ratings(EricStrategy s)
    {
        var quadrant = s.GoZoneQuadrant is { } q ? $", go-zone quadrant {q}" : "";
        return s.RatingBasis switch
        {
            RatingBasis.Strategy => Invariant($"its Waltz 2015 ratings (importance {s.Importance:0.00}, feasibility {s.Feasibility:0.00}{quadrant})"),
            RatingBasis.Cluster => Invariant($"its cluster's mean ratings ('{s.ClusterName}': importance {s.Importance:0.00}, feasibility {s.Feasibility:0.00}{quadrant})"),
            _ when s.GoZoneQuadrant is not null => $"its Waltz 2015 go-zone quadrant {s.GoZoneQuadrant} (no numeric ratings known)",
            _ => $"ERIC number {s.Number} (no importance or feasibility ratings known)",
        };
    }

    private static string Share(Found found) =>
        found.Count is { } count && found.Respondents is { } respondents ? $" ({count} of {respondents})" : "";

    private static string LevelName(double? percent) => Evidence.LevelOf(EvidenceKind.Endorsement, percent) switch
    {
        1 => "Level 1",
        2 => "Level 2",
        _ => "below Level 2",
    };

    private static string SourceName(EvidenceSource source) =>
        source == EvidenceSource.ImportedMatrix ? "imported matrix" : "reference data";
}
