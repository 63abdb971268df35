using ImplementAll.Platform.Web.Features.Reference;

namespace ImplementAll.Platform.Web.Features.Tailoring.Matching;

/// <summary>
/// Ranks the 73 ERIC strategies for a CFIR-ERIC tool barrier, or for an ItFits barrier theme, on whatever evidence is
/// present: an imported matrix, the partial matrix in the reference data, and the Waltz 2015 go-zone ratings.
/// Singleton: the reference data is parsed once; the imported matrix is read through <see cref="IEndorsementSource"/>.
/// </summary>
public sealed class StrategyMatcher
{
    public const string RankingRule =
        "Best evidence first. (1) Strategies with a known endorsement percentage for the barrier, highest first; an imported " +
        "matrix wins over the reference data for the same pair, and equal percentages go by ERIC number (as the published tables list them). " +
        "(2) Strategies known only by level: Level 1 (>=50% of experts), then Level 1-or-2 (>=20%, level not known), then Level 2 (20-49%). " +
        "(3) Strategies with no evidence for the barrier. Within (2) and (3) the Waltz 2015 go-zone decides: quadrant I, IV, II, III, then none; " +
        "then higher importance, then higher feasibility (the strategy's own ratings, else its cluster's means); then ERIC number.";

    public const string ThemeRule =
        "A theme takes, for each strategy, its best evidence across the barriers mapped to the theme (a percentage beats a level, " +
        "a higher percentage a lower one, Level 1 beats Level 1-or-2 beats Level 2; on a tie the barrier listed first in the mapping), " +
        "then orders the strategies by the barrier ranking rule.";

    private readonly PublishedEndorsements published;
    private readonly IEndorsementSource imported;

    public StrategyMatcher(ReferenceCatalogue catalogue, IEndorsementSource endorsements, BarrierThemeMap themes)
    {
        Strategies = EricStrategies.From(catalogue);
        Barriers = ToolBarriers.From(catalogue);
        published = PublishedEndorsements.From(catalogue);
        imported = endorsements;
        Themes = themes;
    }

    public EricStrategies Strategies { get; }
    public ToolBarriers Barriers { get; }
    public BarrierThemeMap Themes { get; }

    public IReadOnlyList<StrategySuggestion> Rank(string barrierId)
    {
        var barrier = Barriers.Find(barrierId) ?? throw new ArgumentException($"'{barrierId}' is not a CFIR-ERIC tool barrier.", nameof(barrierId));
        var matrix = imported.Current();
        return Order(Strategies.All.Select(s => Find(s, barrier, matrix)), $"'{barrier.Name}'");
    }

    public IReadOnlyList<StrategySuggestion> RankForTheme(string itfitsThemeId)
    {
        var theme = Themes.Find(itfitsThemeId) ?? throw new ArgumentException($"'{itfitsThemeId}' is not an ItFits barrier theme.", nameof(itfitsThemeId));
        var matrix = imported.Current();
        // OrderBy is stable, so among equally good evidence the barrier listed first in the mapping is kept.
        var best = Strategies.All.Select(s => theme.Barriers.Select(b => Find(s, b, matrix))
            .OrderBy(f => f, Comparer<Found>.Create((a, b) => Evidence.Compare(a.Kind, a.Percent, b.Kind, b.Percent)))
            .First());
        return Order(best, $"any barrier of the theme '{theme.Name}'");
    }

    /// <summary>
    /// For a barrier with neither a CFIR-ERIC barrier nor an ItFits theme (a custom barrier without a lens): no
    /// endorsement can apply, so every strategy is unrated and the go-zone rule alone orders the list.
    /// </summary>
    public IReadOnlyList<StrategySuggestion> RankByGoZone(string barrierName) =>
        Order(Strategies.All.Select(Unrated), $"'{barrierName}'");

    public DataCoverage DataCoverage(string barrierId)
    {
        var barrier = Barriers.Find(barrierId) ?? throw new ArgumentException($"'{barrierId}' is not a CFIR-ERIC tool barrier.", nameof(barrierId));
        return Matching.DataCoverage.Of(barrier, imported.Current(), published);
    }

    private Found Find(EricStrategy strategy, ToolBarrier barrier, ImportedMatrix matrix)
    {
        if (matrix.ForBarrier(barrier.Id).TryGetValue(strategy.Id, out var percent))
        {
            return new Found(strategy, EvidenceKind.Endorsement, percent, barrier, EvidenceSource.ImportedMatrix, matrix.Describe(), null, null);
        }

        return published.ForBarrier(barrier.Id).TryGetValue(strategy.Id, out var pair)
            ? new Found(strategy, pair.Kind, pair.Percent, barrier, EvidenceSource.ReferenceData, pair.SourceNote, pair.Count, pair.Respondents)
            : Unrated(strategy);
    }

    private static Found Unrated(EricStrategy strategy) =>
        new(strategy, EvidenceKind.Unrated, null, null, EvidenceSource.ReferenceData, Explanations.RatingsSource(strategy), null, null);

    private static List<StrategySuggestion> Order(IEnumerable<Found> found, string unratedFor) =>
        found.Order(Comparer<Found>.Create(Compare))
            .Select((f, i) => new StrategySuggestion(i + 1, f.Strategy.Id, f.Strategy.Number, f.Strategy.Name, f.Strategy.ClusterId, f.Strategy.ClusterName,
                f.Kind, f.Percent, Evidence.LevelOf(f.Kind, f.Percent), f.Strategy.Importance, f.Strategy.Feasibility, f.Strategy.RatingBasis,
                f.Strategy.GoZoneQuadrant, f.Barrier?.Id, f.Barrier?.Name, f.Source, f.SourceNote, Explanations.For(f, unratedFor)))
            .ToList();

    private static int Compare(Found a, Found b)
    {
        var byEvidence = Evidence.Compare(a.Kind, a.Percent, b.Kind, b.Percent);
        if (byEvidence != 0)
        {
            return byEvidence;
        }

        var byGoZone = a.Kind == EvidenceKind.Endorsement ? 0 : GoZone.Compare(a.Strategy, b.Strategy);
        return byGoZone != 0 ? byGoZone : a.Strategy.Number.CompareTo(b.Strategy.Number);
    }
}

/// <summary>The evidence found for one strategy: its kind and percentage, the barrier it is for and where it was read.</summary>
internal sealed record Found(
    EricStrategy Strategy, EvidenceKind Kind, double? Percent, ToolBarrier? Barrier, EvidenceSource Source, string SourceNote, int? Count, int? Respondents);

/// <summary>Waltz 2015 go-zone order for strategies the barrier evidence cannot tell apart.</summary>
internal static class GoZone
{
    public static int Compare(EricStrategy a, EricStrategy b)
    {
        var byQuadrant = QuadrantRank(a.GoZoneQuadrant).CompareTo(QuadrantRank(b.GoZoneQuadrant));
        if (byQuadrant != 0)
        {
            return byQuadrant;
        }

        // Unknown ratings sort after every known one (ratings are 1-5).
        var byImportance = (b.Importance ?? 0).CompareTo(a.Importance ?? 0);
        return byImportance != 0 ? byImportance : (b.Feasibility ?? 0).CompareTo(a.Feasibility ?? 0);
    }

    // I = high importance and feasibility. Importance before feasibility (IV before II) because the point is to
    // address the barrier; the team weighs feasibility when it designs its plan.
    private static int QuadrantRank(string? quadrant) => quadrant switch
    {
        "I" => 0,
        "IV" => 1,
        "II" => 2,
        "III" => 3,
        _ => 4,
    };
}
