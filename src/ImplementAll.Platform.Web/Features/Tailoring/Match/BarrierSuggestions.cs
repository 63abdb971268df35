using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Tailoring.Matching;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Match;

/// <summary>What a barrier's ranking goes by: its CFIR-ERIC barrier, its ItFits theme, or nothing (a custom barrier without a lens).</summary>
public enum MatchLens
{
    CfirBarrier,
    Theme,
    None,
}

/// <summary>Which endorsement data the ranking could use, in one word for the interface.</summary>
public enum MatchData
{
    ImportedMatrix,
    ReferenceData,
    None,
}

/// <summary>A ranked ERIC strategy with its ItFits category, and the team's list entry when it is already on the list.</summary>
public sealed record SuggestionView(StrategySuggestion Strategy, StrategyCategory Category, Guid? OnListAs);

/// <summary>The ranked strategies for one prioritised barrier, the rule that ordered them and the data it used.</summary>
public sealed record BarrierMatch(
    Guid BarrierId, string Title, int Priority, MatchLens Lens, string? LensId, string LensName, string Rule, MatchData Data,
    string DataStatement, IReadOnlyList<DataCoverage> Coverage, string? CategoryId, int Matching, IReadOnlyList<SuggestionView> Suggestions);

/// <summary>
/// Module 2's suggestions: each prioritised barrier of the current cycle ranked by the matcher through its lens. The
/// CFIR-ERIC barrier wins over the theme because it is the more specific choice the team made in module 1.
/// </summary>
public sealed class BarrierSuggestions(PlatformDbContext db, ProjectAccess access, StrategyMatcher matcher, StrategyCategoryMap categories) : IUseCase
{
    public const int DefaultCount = 10;

    public async Task<Outcome<BarrierMatch>> ForBarrierAsync(Guid projectId, Guid barrierId, string? categoryId, bool all, CancellationToken ct)
    {
        var opened = await access.ReadAsync(projectId, ct);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        if (!string.IsNullOrEmpty(categoryId) && categories.FindCategory(categoryId) is null)
        {
            return Failure.Field("category", $"'{categoryId}' is not an ItFits strategy category (itfits-s1 to itfits-s6).");
        }

        var barrier = await db.Barriers.AsNoTracking().SingleOrDefaultAsync(b => b.Id == barrierId && b.ProjectId == projectId, ct);
        if (barrier is null)
        {
            return Failure.NotFound("The barrier");
        }

        if (NotMatchable(barrier, opened.Value!.Project) is { } conflict)
        {
            return conflict;
        }

        return Match(barrier, await OnListAsync(projectId, ct), categoryId, all);
    }

    /// <summary>Every prioritised barrier of a cycle, in priority order, for a page that has opened the project; an unknown category filters nothing.</summary>
    public async Task<IReadOnlyList<BarrierMatch>> ForCycleAsync(Guid projectId, int cycle, string? categoryId, bool all, CancellationToken ct)
    {
        var barriers = await db.Barriers.AsNoTracking()
            .Where(b => b.ProjectId == projectId && b.Cycle == cycle && b.Priority != null)
            .OrderBy(b => b.Priority).ToListAsync(ct);
        var onList = await OnListAsync(projectId, ct);
        var category = categoryId is not null && categories.FindCategory(categoryId) is not null ? categoryId : null;
        return barriers.Select(b => Match(b, onList, category, all)).ToList();
    }

    /// <summary>The suggestion for one ERIC strategy as it stands now, for the record kept when the team adds it.</summary>
    public SuggestionView? Find(ProjectBarrier barrier, string ericStrategyId) =>
        Match(barrier, new Dictionary<(Guid, string), Guid>(), null, all: true).Suggestions.FirstOrDefault(s => s.Strategy.StrategyId == ericStrategyId);

    /// <summary>Strategies are matched only to prioritised barriers of the current cycle; earlier cycles are history.</summary>
    public static Failure? NotMatchable(ProjectBarrier barrier, TailoringProject project) =>
        CycleHistory.Refuse(project, barrier.Cycle, "barrier")
            ?? (barrier.Priority is null
                ? Failure.Conflict("Not prioritised", $"'{barrier.Title}' is not a prioritised barrier; prioritise it in module 1 (Identify) before matching strategies to it.")
                : null);

    private BarrierMatch Match(ProjectBarrier barrier, IReadOnlyDictionary<(Guid, string), Guid> onList, string? categoryId, bool all)
    {
        var (lens, lensId, lensName, rule, coverage, ranked) = Rank(barrier);
        var data = coverage.Any(c => c.Source == EvidenceSource.ImportedMatrix) ? MatchData.ImportedMatrix
            : coverage.Any(c => c.Source == EvidenceSource.ReferenceData) ? MatchData.ReferenceData
            : MatchData.None;
        var statement = lens == MatchLens.None
            ? "This barrier has neither a CFIR-ERIC barrier nor an ItFits theme, so no endorsement data can apply: all 73 ERIC strategies are listed by the go-zone rule (Waltz 2015 importance and feasibility). Give it a lens in module 1 for evidence-based suggestions."
            : string.Join(" ", coverage.Select(c => $"{c.BarrierName}: {c.Summary}"));
        var matching = ranked.Select(s => new SuggestionView(s, categories.ForCluster(s.ClusterId), onList.TryGetValue((barrier.Id, s.StrategyId), out var id) ? id : null))
            .Where(s => categoryId is null || s.Category.Id == categoryId)
            .ToList();
        return new BarrierMatch(barrier.Id, barrier.Title, barrier.Priority ?? 0, lens, lensId, lensName, rule, data, statement, coverage, categoryId,
            matching.Count, all ? matching : matching.Take(DefaultCount).ToList());
    }

    private (MatchLens, string?, string, string, IReadOnlyList<DataCoverage>, IReadOnlyList<StrategySuggestion>) Rank(ProjectBarrier barrier)
    {
        if (barrier.MatchingBarrierId is { } toolId && matcher.Barriers.Find(toolId) is { } tool)
        {
            return (MatchLens.CfirBarrier, tool.Id, tool.Name, StrategyMatcher.RankingRule, [matcher.DataCoverage(tool.Id)], matcher.Rank(tool.Id));
        }

        if (barrier.ThemeId is { } themeId && matcher.Themes.Find(themeId) is { } theme)
        {
            return (MatchLens.Theme, theme.Id, theme.Name, $"{StrategyMatcher.ThemeRule} {StrategyMatcher.RankingRule}",
                theme.Barriers.Select(b => matcher.DataCoverage(b.Id)).ToList(), matcher.RankForTheme(theme.Id));
        }

        return (MatchLens.None, null, "no lens", $"Every strategy is unrated for this barrier, so step (3) alone applies. {StrategyMatcher.RankingRule}",
            [], matcher.RankByGoZone(barrier.Title));
    }

    private async Task<IReadOnlyDictionary<(Guid, string), Guid>> OnListAsync(Guid projectId, CancellationToken ct) =>
        (await db.ProjectStrategies.AsNoTracking().Where(s => s.ProjectId == projectId && s.EricStrategyId != null)
            .Select(s => new { s.BarrierId, s.EricStrategyId, s.Id }).ToListAsync(ct))
        .DistinctBy(s => (s.BarrierId, s.EricStrategyId))
        .ToDictionary(s => (s.BarrierId, s.EricStrategyId!), s => s.Id);
}
