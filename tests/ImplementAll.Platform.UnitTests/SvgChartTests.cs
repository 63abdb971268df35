using System.Xml.Linq;
using ImplementAll.Platform.Web.Features.Tailoring.Charts;
using Microsoft.AspNetCore.Html;

namespace ImplementAll.Platform.UnitTests;

public sealed class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Parse(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return XElement.Parse(writer.ToString());
    }

    [Fact]
    public void Bars_draw_one_bar_per_value_scaled_to_the_axis_and_skip_missing_values()
    {
        var svg = Parse(SvgCharts.Bars("Ratings <of> barriers", ["Time", "Money"],
            [new BarSeries("Importance", [5, 3]), new BarSeries("Changeability", [1, null])], 1, 5));

        Assert.Equal("Ratings <of> barriers", svg.Attribute("aria-label")!.Value);
        Assert.Equal("img", svg.Attribute("role")!.Value);
        var bars = svg.Elements(Svg + "rect").Where(r => r.Element(Svg + "title") is not null).ToList();
        Assert.Equal(3, bars.Count);
        var widths = bars.Select(b => double.Parse(b.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(420, widths[0]);
        Assert.Equal(0, widths[1]);
        Assert.Equal(210, widths[2]);
        Assert.Contains(bars, b => b.Element(Svg + "title")!.Value == "Importance: 3");
    }

    [Fact]
    public void Lines_draw_each_series_with_reference_lines_and_say_when_there_is_no_data()
    {
        var svg = Parse(SvgCharts.Lines("Adoption", [new LineSeries("Adoption %", [new(new DateOnly(2026, 1, 1), 10), new(new DateOnly(2026, 3, 1), 40)])], baseline: 5, target: 60));

        Assert.Single(svg.Elements(Svg + "polyline"));
        Assert.Equal(2, svg.Elements(Svg + "circle").Count());
        Assert.Contains(svg.Elements(Svg + "line"), l => l.Attribute("class")!.Value == "chart-target");
        Assert.Contains(svg.Elements(Svg + "line"), l => l.Attribute("class")!.Value == "chart-baseline");

        var empty = Parse(SvgCharts.Lines("Nothing", [new LineSeries("Adoption %", [])]));
        Assert.Contains(empty.Elements(Svg + "text"), t => t.Value == "No measurements yet");
    }
}
