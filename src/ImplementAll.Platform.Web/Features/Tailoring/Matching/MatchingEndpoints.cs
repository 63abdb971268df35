using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Features.Practices.Exchange;
using ImplementAll.Platform.Web.Platform.Http;
using ImplementAll.Platform.Web.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ImplementAll.Platform.Web.Features.Tailoring.Matching;

/// <summary>A ranked list of strategies for one barrier or theme, with the rule that ordered it and the data it could use.</summary>
public sealed record SuggestionList(
    string? BarrierId, string? ThemeId, string Name, string Rule, IReadOnlyList<DataCoverage> Coverage, IReadOnlyList<StrategySuggestion> Suggestions);

public sealed record ThemeBarrier(string Id, string Name, string Domain);

public sealed record BarrierThemeView(string Id, string Name, string Why, IReadOnlyList<ThemeBarrier> Barriers);

/// <summary>The ItFits themes with their CFIR mapping; <see cref="Source"/> and <see cref="Notes"/> must be shown with it.</summary>
public sealed record BarrierThemeList(string Source, string Notes, string MergeRule, IReadOnlyList<BarrierThemeView> Themes);

public static class MatchingEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var tailoring = api.MapGroup("/tailoring").WithTags("Tailoring");

        tailoring.MapGet("/strategies/suggestions", Results<Ok<SuggestionList>, ProblemHttpResult> (string? barrier, string? theme, StrategyMatcher matcher) =>
            Suggest(barrier, theme, matcher))
            .WithName("SuggestStrategies")
            .WithSummary("ERIC strategies ranked for a CFIR-ERIC barrier (barrier=cfir09-..) or an ItFits barrier theme (theme=itfits-b..), each with its evidence and explanation.");

        tailoring.MapGet("/barrier-themes", (StrategyMatcher matcher) => TypedResults.Ok(Themes(matcher)))
            .WithName("ListBarrierThemes")
            .WithSummary("The ItFits barrier themes with the CFIR barriers each maps to, why, and the mapping's source note.");

        api.MapPost("/admin/cfir-eric-matrix", async Task<Results<Ok<ImportReport>, BadRequest<ImportReport>, ProblemHttpResult>> (
            HttpRequest request, ImportEndorsementMatrix import, CancellationToken ct) =>
        {
            var tooLarge = Failure.Invalid("File too large", $"A matrix file can be at most {ImportEndorsementMatrix.MaxBytes / 1024} KB.");
            if (request.ContentLength > ImportEndorsementMatrix.MaxBytes)
            {
                return tooLarge.ToProblem();
            }

            using var reader = new StreamReader(request.Body);
            var buffer = new char[ImportEndorsementMatrix.MaxBytes + 1];
            var read = await reader.ReadBlockAsync(buffer, ct);
            if (read > ImportEndorsementMatrix.MaxBytes)
            {
                return tooLarge.ToProblem();
            }

            var outcome = await import.ImportAsync(new string(buffer, 0, read), ct);
            return outcome.Failure is { } failure ? failure.ToProblem()
                : outcome.Value!.Imported ? TypedResults.Ok(outcome.Value) : TypedResults.BadRequest(outcome.Value);
        }).RequireAuthorization(AuthenticationSetup.PlatformAdminPolicy)
            .WithTags("Administration").WithName("ImportCfirEricMatrix")
            .WithSummary("Replace the CFIR-ERIC matrix from CSV (barrier,strategy,endorsement; ids or exact names; % 0-100). All or nothing, with a per-row report.");
    }

    private static Results<Ok<SuggestionList>, ProblemHttpResult> Suggest(string? barrierId, string? themeId, StrategyMatcher matcher)
    {
        if (string.IsNullOrWhiteSpace(barrierId) == string.IsNullOrWhiteSpace(themeId))
        {
            return Failure.Field("barrier", "Give either a barrier (a CFIR-ERIC barrier id such as cfir09-39) or a theme (an ItFits theme id such as itfits-b1).").ToProblem();
        }

        if (!string.IsNullOrWhiteSpace(barrierId))
        {
            if (matcher.Barriers.Find(barrierId) is not { } barrier)
            {
                return Failure.Field("barrier", $"'{barrierId}' is not a CFIR-ERIC barrier id (for example cfir09-39).").ToProblem();
            }

            return TypedResults.Ok(new SuggestionList(barrier.Id, null, barrier.Name, StrategyMatcher.RankingRule,
                [matcher.DataCoverage(barrier.Id)], matcher.Rank(barrier.Id)));
        }

        if (matcher.Themes.Find(themeId!) is not { } theme)
        {
            return Failure.Field("theme", $"'{themeId}' is not an ItFits barrier theme id (for example itfits-b1).").ToProblem();
        }

        return TypedResults.Ok(new SuggestionList(null, theme.Id, theme.Name, $"{StrategyMatcher.ThemeRule} {StrategyMatcher.RankingRule}",
            theme.Barriers.Select(b => matcher.DataCoverage(b.Id)).ToList(), matcher.RankForTheme(theme.Id)));
    }

    private static BarrierThemeList Themes(StrategyMatcher matcher) =>
        new(matcher.Themes.Source, matcher.Themes.Notes, StrategyMatcher.ThemeRule, matcher.Themes.Themes
            .Select(t => new BarrierThemeView(t.Id, t.Name, t.Why, t.Barriers.Select(b => new ThemeBarrier(b.Id, b.Name, b.Domain)).ToList()))
            .ToList());
}
