using ImplementAll.Platform.BrowserTests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ImplementAll.Platform.BrowserTests;

/// <summary>axe-core finds no serious or critical violation on the shell's pages, anonymous and signed in.</summary>
public sealed class AccessibilityTests(BrowserApp app, ITestOutputHelper output) : IClassFixture<BrowserApp>
{
    private const string RunAxe =
        "async () => (await axe.run()).violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, "
        + "targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ') }))";

    [Theory]
    [InlineData("/", null)]
    [InlineData("/", "Ingrid Solberg")]
    [InlineData("/signin", null)]
    [InlineData("/t/fjordland-health-trust/settings", "Ingrid Solberg")]
    [InlineData("/t/fjordland-health-trust/members", "Ingrid Solberg")]
    [InlineData("/practices", null)]
    [InlineData("/reference", null)]
    [InlineData("/tailoring/strategies", null)]
    [InlineData("/t/fjordland-health-trust/practices", "Ingrid Solberg")]
    [InlineData("/t/fjordland-health-trust/practices/new", "Ingrid Solberg")]
    [InlineData("/curation", "Carla Ruiz")]
    public async Task Page_has_no_serious_or_critical_violations(string path, string? signedInAs)
    {
        var page = await app.NewPageAsync();
        try
        {
            if (signedInAs is not null)
            {
                await page.SignInAsync(signedInAs);
            }

            var response = await page.GotoAsync(path);
            Assert.NotNull(response);
            Assert.Equal(200, response.Status);
            Assert.Equal(path, page.PathOf());
            // Contrast is judged on the styled page: make sure the stylesheet was served and applied.
            await Expect(page.Locator("header.top")).ToHaveCSSAsync("background-color", "rgb(11, 93, 107)");

            var violations = await AxeAsync(page);
            foreach (var v in violations)
            {
                output.WriteLine($"{v.Id} ({v.Impact}, {v.Nodes} nodes: {v.Targets})");
            }

            var blocking = violations.Where(v => v.Impact is "serious" or "critical").ToList();
            Assert.True(blocking.Count == 0,
                $"axe-core on {path} ({signedInAs ?? "anonymous"}): "
                + string.Join("; ", blocking.Select(v => $"{v.Id} ({v.Impact}, {v.Nodes} nodes: {v.Targets})")));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Guards the guard: if axe failed to load or its results were misread, every page would pass unseen.</summary>
    [Fact]
    public async Task Axe_reports_a_known_critical_violation()
    {
        var page = await app.NewPageAsync();
        try
        {
            await page.GotoAsync("/signin");
            await page.EvaluateAsync("() => { const img = document.createElement('img'); img.src = '/missing.png'; document.querySelector('main').append(img); }");
            var violations = await AxeAsync(page);
            Assert.Contains(violations, v => v is { Id: "image-alt", Impact: "critical", Nodes: 1 });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task<AxeViolation[]> AxeAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = RepositoryRoot.AxeScript });
        return await page.EvaluateAsync<AxeViolation[]>(RunAxe);
    }

    public sealed class AxeViolation
    {
        public string Id { get; set; } = "";
        public string? Impact { get; set; }
        public int Nodes { get; set; }
        public string Targets { get; set; } = "";
    }
}
