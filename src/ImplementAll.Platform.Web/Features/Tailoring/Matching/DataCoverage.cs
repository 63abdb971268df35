namespace ImplementAll.Platform.Web.Features.Tailoring.Matching;

public enum CoverageKind
{
    /// <summary>Endorsement percentages are known for this barrier (the published list, or an imported matrix).</summary>
    CompleteList,
    /// <summary>Only the level (1, 2, or "1 or 2") of some strategies is known.</summary>
    LevelsOnly,
    /// <summary>No CFIR-ERIC evidence for this barrier: the ranking is go-zone ratings only.</summary>
    Nothing,
}

/// <summary>
/// What the ranking of one barrier could use, so the interface can say so: how many strategies have a percentage or
/// a level, where that came from, and how many Level 1 and 2 strategies Waltz 2019 Table 2 reports (when it was read).
/// </summary>
public sealed record DataCoverage(
    string BarrierId,
    string BarrierName,
    CoverageKind Kind,
    EvidenceSource? Source,
    int WithPercent,
    int Level1,
    int Level1Or2,
    int Level2,
    int? PublishedLevel1Count,
    int? PublishedLevel2Count,
    string Summary)
{
    internal static DataCoverage Of(ToolBarrier barrier, ImportedMatrix matrix, PublishedEndorsements published)
    {
        var fromImport = matrix.ForBarrier(barrier.Id);
        var fromFile = published.ForBarrier(barrier.Id).Values.Where(p => !fromImport.ContainsKey(p.StrategyId)).ToList();
        var withPercent = fromImport.Count + fromFile.Count(p => p.Kind == EvidenceKind.Endorsement);
        int Levels(EvidenceKind kind) => fromFile.Count(p => p.Kind == kind);
        var (level1, either, level2) = (Levels(EvidenceKind.Level1), Levels(EvidenceKind.Level1Or2), Levels(EvidenceKind.Level2));

        var kind = withPercent > 0 ? CoverageKind.CompleteList : level1 + either + level2 > 0 ? CoverageKind.LevelsOnly : CoverageKind.Nothing;
        EvidenceSource? source = fromImport.Count > 0 ? EvidenceSource.ImportedMatrix : kind == CoverageKind.Nothing ? null : EvidenceSource.ReferenceData;
        var counts = published.LevelCounts(barrier.Id);

        var summary = kind switch
        {
            CoverageKind.CompleteList when fromImport.Count > 0 => $"Endorsement percentages for {withPercent} strategies, from the {matrix.Describe()}.",
            CoverageKind.CompleteList => $"Endorsement percentages for {withPercent} strategies, from the published list in the reference data ({fromFile.First(p => p.Percent is not null).SourceNote}).",
            CoverageKind.LevelsOnly => $"No percentages; known levels only ({LevelParts(level1, either, level2)}, reference data). The other strategies follow by go-zone ratings.",
            _ => "No CFIR-ERIC endorsements for this barrier in the reference data or an imported matrix; strategies are ordered by go-zone ratings.",
        };
        if (counts is not null && kind != CoverageKind.CompleteList)
        {
            summary += $" Waltz 2019 reports {counts.Level1} Level 1 and {counts.Level2} Level 2 strategies for this barrier.";
        }

        return new DataCoverage(barrier.Id, barrier.Name, kind, source, withPercent, level1, either, level2, counts?.Level1, counts?.Level2, summary);
    }

    private static string LevelParts(int level1, int either, int level2) => string.Join(", ", new[]
    {
        level1 > 0 ? $"{level1} Level 1" : null,
        either > 0 ? $"{either} Level 1 or 2" : null,
        level2 > 0 ? $"{level2} Level 2" : null,
    }.OfType<string>());
}
