using System.Globalization;
using System.Net;
using System.Text;
using ImplementAll.Platform.Core.Tailoring;
using Microsoft.AspNetCore.Html;

namespace ImplementAll.Platform.Web.Features.Tailoring.Design;

/// <summary>
/// The plan as a Gantt chart drawn on the server, like the shared charts (which have no time bars): one bar per action
/// from its start to the end of its due day, coloured by status, a line at today, and overdue actions flagged in words
/// as well as colour. Pages show a table with the same facts beside it. Colours come from the <c>.timeline-</c> CSS.
/// </summary>
public static class PlanTimeline
{
    private const int Width = 720;
    private const int LabelWidth = 220;
    private const int FlagWidth = 64;
    private const int Row = 22;
    private const int BarHeight = 14;
    private const int Top = 44;
    private const int Bottom = 8;

    /// <param name="text">Translates the chart's own words (legend, "today", "overdue").</param>
    public static IHtmlContent Render(string title, IReadOnlyList<PlanActionView> actions, DateOnly today, Func<string, string> text)
    {
        var height = Top + (Math.Max(actions.Count, 1) * Row) + Bottom;
        var svg = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"<svg class=\"timeline-chart\" role=\"img\" aria-label=\"{Encode(title)}\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\"><title>{Encode(title)}</title>");
        Legend(svg, text);
        if (actions.Count == 0)
        {
            svg.Append(Label(Width / 2.0, Top + 14, text("No actions planned yet."), "middle"));
            return new HtmlString(svg.Append("</svg>").ToString());
        }

        var first = Math.Min(actions.Min(a => a.StartsOn.DayNumber), today.DayNumber);
        var last = Math.Max(actions.Max(a => a.DueOn.DayNumber), today.DayNumber) + 1;
        double plot = Width - LabelWidth - FlagWidth;
        double X(int day) => LabelWidth + ((day - first) * plot / (last - first));

        Months(svg, first, last, X, height);
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            var y = Top + (i * Row);
            var (start, end) = (X(action.StartsOn.DayNumber), X(action.DueOn.DayNumber + 1));
            var flagged = action.Overdue ? " timeline-overdue" : "";
            svg.Append(Label(LabelWidth - 6, y + BarHeight, Shorten(action.What, 34), "end"));
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"timeline-bar timeline-{action.Status.ToString().ToLowerInvariant()}{flagged}\" x=\"{start:0.#}\" y=\"{y + 3}\" width=\"{Math.Max(end - start, 2):0.#}\" height=\"{BarHeight}\">");
            svg.Append(CultureInfo.InvariantCulture,
                $"<title>{Encode(action.What)} · {Encode(action.Owner)} · {action.StartsOn:yyyy-MM-dd} – {action.DueOn:yyyy-MM-dd} · {Encode(text(action.Status.Label()))}{(action.Overdue ? " · " + Encode(text("overdue")) : "")}</title></rect>");
            if (action.Overdue)
            {
                svg.Append(Label(end + 4, y + BarHeight, "⚠ " + text("overdue"), "start", "timeline-flag"));
            }
        }

        var now = X(today.DayNumber);
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"timeline-today\" x1=\"{now:0.#}\" y1=\"{Top - 4}\" x2=\"{now:0.#}\" y2=\"{height - Bottom}\"/>");
        svg.Append(Label(now, Top - 6, text("today"), "middle", "timeline-today-label"));
        return new HtmlString(svg.Append("</svg>").ToString());
    }

    private static void Legend(StringBuilder svg, Func<string, string> text)
    {
        var x = LabelWidth;
        foreach (var status in Enum.GetValues<ActionStatus>())
        {
            var name = text(status.Label());
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"timeline-swatch timeline-{status.ToString().ToLowerInvariant()}\" x=\"{x}\" y=\"4\" width=\"12\" height=\"12\"/>");
            svg.Append(Label(x + 16, 14, name, "start"));
            x += 28 + (name.Length * 7);
        }

        svg.Append(Label(x, 14, "⚠ " + text("overdue"), "start", "timeline-flag"));
    }

    /// <summary>A grid line and label at the first of each month; every few months when the plan is long.</summary>
    private static void Months(StringBuilder svg, int first, int last, Func<int, double> x, int height)
    {
        var start = DateOnly.FromDayNumber(first);
        var month = new DateOnly(start.Year, start.Month, 1);
        var months = ((DateOnly.FromDayNumber(last).Year - month.Year) * 12) + DateOnly.FromDayNumber(last).Month - month.Month + 1;
        var step = Math.Max(1, (int)Math.Ceiling(months / 6.0));
        for (month = month.AddMonths(month.DayNumber < first ? 1 : 0); month.DayNumber <= last; month = month.AddMonths(step))
        {
            var at = x(month.DayNumber);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"timeline-grid\" x1=\"{at:0.#}\" y1=\"{Top - 2}\" x2=\"{at:0.#}\" y2=\"{height - Bottom}\"/>");
            svg.Append(Label(at + 2, Top - 18, month.ToString("MMM yyyy", CultureInfo.CurrentCulture), "start"));
        }
    }

    private static string Label(double x, double y, string text, string anchor, string? cssClass = null) =>
        string.Create(CultureInfo.InvariantCulture,
            $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\"{(cssClass is null ? "" : $" class=\"{cssClass}\"")}>{Encode(text)}</text>");

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
