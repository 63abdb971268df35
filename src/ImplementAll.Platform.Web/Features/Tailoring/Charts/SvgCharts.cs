using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace ImplementAll.Platform.Web.Features.Tailoring.Charts;

public sealed record BarSeries(string Name, IReadOnlyList<double?> Values);

public sealed record LinePoint(DateOnly At, double Value);

public sealed record LineSeries(string Name, IReadOnlyList<LinePoint> Points);

/// <summary>
/// Charts drawn on the server as inline SVG (decision record 0008): no script to download or trust, they print, and a
/// data table beside each one carries the same numbers for screen readers. Colours come from CSS classes.
/// </summary>
public static class SvgCharts
{
    private const int Width = 640;
    private const int LabelWidth = 200;
    private const int Row = 14;
    private const int GroupGap = 10;
    private const int Axis = 24;
    private const int LegendHeight = 22;

    public static IHtmlContent Bars(string title, IReadOnlyList<string> categories, IReadOnlyList<BarSeries> series, double min, double max)
    {
        var plot = Width - LabelWidth - 20;
        var groupHeight = (series.Count * Row) + GroupGap;
        var height = LegendHeight + (categories.Count * groupHeight) + Axis;
        var svg = Open(title, height);
        Legend(svg, series.Select(s => s.Name).ToList());
        for (var c = 0; c < categories.Count; c++)
        {
            var top = LegendHeight + (c * groupHeight);
            svg.Append(Text(LabelWidth - 6, top + (series.Count * Row / 2.0) + 4, Shorten(categories[c], 32), "end"));
            for (var s = 0; s < series.Count; s++)
            {
                if (series[s].Values.ElementAtOrDefault(c) is not { } value)
                {
                    continue;
                }

                var length = Scale(value, min, max, plot);
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"chart-series-{s % 6}\" x=\"{LabelWidth}\" y=\"{top + (s * Row)}\" width=\"{length:0.#}\" height=\"{Row - 2}\"><title>{Encode(series[s].Name)}: {value:0.##}</title></rect>");
            }
        }

        var axisY = height - Axis + 4;
        foreach (var tick in Ticks(min, max))
        {
            var x = LabelWidth + Scale(tick, min, max, plot);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"chart-grid\" x1=\"{x:0.#}\" y1=\"{LegendHeight}\" x2=\"{x:0.#}\" y2=\"{axisY - 4}\"/>");
            svg.Append(Text(x, axisY + 10, tick.ToString("0.##", CultureInfo.InvariantCulture), "middle"));
        }

        return Close(svg);
    }

    public static IHtmlContent Lines(string title, IReadOnlyList<LineSeries> series, double? baseline = null, double? target = null)
    {
        const int height = 260;
        const int left = 48;
        var points = series.SelectMany(s => s.Points).ToList();
        var svg = Open(title, height);
        Legend(svg, series.Select(s => s.Name).ToList());
        if (points.Count == 0)
        {
            svg.Append(Text(Width / 2.0, height / 2.0, "No measurements yet", "middle"));
            return Close(svg);
        }

        var values = points.Select(p => p.Value).Concat(new[] { baseline, target }.OfType<double>()).ToList();
        var (low, high) = Range(values.Min(), values.Max());
        var (first, last) = (points.Min(p => p.At.DayNumber), points.Max(p => p.At.DayNumber));
        var (plotWidth, plotHeight, top) = (Width - left - 20.0, height - LegendHeight - Axis - 10.0, LegendHeight + 6.0);
        double X(DateOnly at) => left + (last == first ? plotWidth / 2 : (at.DayNumber - first) * plotWidth / (last - first));
        double Y(double value) => top + plotHeight - Scale(value, low, high, plotHeight);

        foreach (var tick in Ticks(low, high))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"chart-grid\" x1=\"{left}\" y1=\"{Y(tick):0.#}\" x2=\"{Width - 20}\" y2=\"{Y(tick):0.#}\"/>");
            svg.Append(Text(left - 4, Y(tick) + 4, tick.ToString("0.##", CultureInfo.InvariantCulture), "end"));
        }

        Reference(svg, "baseline", baseline, left, Y);
        Reference(svg, "target", target, left, Y);
        for (var s = 0; s < series.Count; s++)
        {
            var ordered = series[s].Points.OrderBy(p => p.At).ToList();
            var path = string.Join(' ', ordered.Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.At):0.#},{Y(p.Value):0.#}")));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"chart-line chart-series-{s % 6}\" fill=\"none\" points=\"{path}\"/>");
            foreach (var p in ordered)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"chart-series-{s % 6}\" cx=\"{X(p.At):0.#}\" cy=\"{Y(p.Value):0.#}\" r=\"3.5\"><title>{Encode(series[s].Name)} {p.At:yyyy-MM-dd}: {p.Value:0.##}</title></circle>");
            }
        }

        svg.Append(Text(left, height - 6, DateOnly.FromDayNumber(first).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "start"));
        svg.Append(Text(Width - 20, height - 6, DateOnly.FromDayNumber(last).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "end"));
        return Close(svg);
    }

    private static void Reference(StringBuilder svg, string kind, double? value, int left, Func<double, double> y)
    {
        if (value is { } v)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"chart-{kind}\" x1=\"{left}\" y1=\"{y(v):0.#}\" x2=\"{Width - 20}\" y2=\"{y(v):0.#}\"><title>{kind}: {v:0.##}</title></line>");
            svg.Append(Text(Width - 22, y(v) - 3, $"{kind} {v.ToString("0.##", CultureInfo.InvariantCulture)}", "end"));
        }
    }

    private static StringBuilder Open(string title, int height) => new StringBuilder()
        .Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-label=\"{Encode(title)}\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\"><title>{Encode(title)}</title>");

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static void Legend(StringBuilder svg, IReadOnlyList<string> names)
    {
        var x = LabelWidth;
        for (var i = 0; i < names.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"chart-series-{i % 6}\" x=\"{x}\" y=\"4\" width=\"12\" height=\"12\"/>");
            svg.Append(Text(x + 16, 14, names[i], "start"));
            x += 24 + (names[i].Length * 7);
        }
    }

    private static string Text(double x, double y, string text, string anchor) =>
        string.Create(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\">{Encode(text)}</text>");

    private static double Scale(double value, double min, double max, double length) =>
        max <= min ? 0 : Math.Clamp((value - min) / (max - min), 0, 1) * length;

    /// <summary>A range with some room around the data, so a flat series is not drawn on the frame.</summary>
    private static (double Low, double High) Range(double min, double max)
    {
        var pad = max > min ? (max - min) * 0.1 : Math.Max(Math.Abs(max) * 0.1, 1);
        return (min - pad, max + pad);
    }

    private static IEnumerable<double> Ticks(double min, double max)
    {
        var step = NiceStep((max - min) / 5);
        for (var tick = Math.Ceiling(min / step) * step; tick <= max + (step / 1000); tick += step)
        {
            yield return Math.Round(tick, 10);
        }
    }

    private static double NiceStep(double raw)
    {
        if (raw <= 0)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / magnitude;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
