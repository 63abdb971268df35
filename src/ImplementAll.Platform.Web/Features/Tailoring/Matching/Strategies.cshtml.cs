using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Tailoring.Matching;

/// <summary>
/// The matching evidence as readers can inspect it: how ItFits barrier themes map to CFIR constructs, and for a theme or
/// a CFIR barrier the ranked ERIC strategies, each saying why it ranks where it does and which data the ranking used.
/// </summary>
public sealed class StrategiesModel(StrategyMatcher matcher) : PageModel
{
    public StrategyMatcher Matcher => matcher;
    public string? Theme { get; private set; }
    public string? Barrier { get; private set; }
    public string? Problem { get; private set; }
    public IReadOnlyList<StrategySuggestion> Suggestions { get; private set; } = [];
    public IReadOnlyList<DataCoverage> Coverage { get; private set; } = [];

    public void OnGet(string? theme, string? barrier)
    {
        if (theme is not null && matcher.Themes.Find(theme) is { } chosen)
        {
            Theme = theme;
            Suggestions = matcher.RankForTheme(theme);
            Coverage = chosen.Barriers.Select(b => matcher.DataCoverage(b.Id)).ToList();
        }
        else if (barrier is not null && matcher.Barriers.All.Any(b => b.Id == barrier))
        {
            Barrier = barrier;
            Suggestions = matcher.Rank(barrier);
            Coverage = [matcher.DataCoverage(barrier)];
        }
        else if (theme is not null || barrier is not null)
        {
            Problem = "Choose one of the barrier themes or CFIR barriers listed.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
