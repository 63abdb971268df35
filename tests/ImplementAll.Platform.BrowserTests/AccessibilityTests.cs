using System.Text.RegularExpressions;
using ImplementAll.Platform.BrowserTests.Support;
using ImplementAll.Platform.Web.Features.DemoData;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ImplementAll.Platform.BrowserTests;

/// <summary>axe-core finds no serious or critical violation on the shell's pages, anonymous and signed in.</summary>
/// <remarks>"{project}" in a path stands for the seeded demo ItFits project, whose id is only known once the app has seeded it.</remarks>
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
    [InlineData("/t/noordzee-umc/projects", "Sanne de Vries")]
    [InlineData("/t/noordzee-umc/projects/new", "Sanne de Vries")]
    [InlineData("/t/noordzee-umc/projects/{project}", "Sanne de Vries")]
    [InlineData("/t/noordzee-umc/projects/{project}/identify", "Sanne de Vries")]
    [InlineData("/t/noordzee-umc/projects/{project}/match", "Sanne de Vries")]
    [InlineData("/t/noordzee-umc/projects/{project}/design", "Sanne de Vries")]
    [InlineData("/t/noordzee-umc/projects/{project}/plan/print", "Sanne de Vries")]
    [InlineData("/t/noordzee-umc/projects/{project}/apply", "Sanne de Vries")]
    [InlineData("/t/noordzee-umc/projects/{project}/cycles", "Sanne de Vries")]
    [InlineData("/t/noordzee-umc/projects/{project}/team", "Sanne de Vries")]
    [InlineData("/t/noordzee-umc/projects/{project}/surveys", "Sanne de Vries")]
    [InlineData("/t/digital-health-commons/projects/{project}", "Marie Dubois")]
    [InlineData("/t/digital-health-commons/partnerships", "Marie Dubois")]
    public async Task Page_has_no_serious_or_critical_violations(string path, string? signedInAs)
    {
        var page = await app.NewPageAsync();
        try
        {
            if (signedInAs is not null)
            {
                await page.SignInAsync(signedInAs);
            }

            if (path.Contains("{project}", StringComparison.Ordinal))
            {
                path = path.Replace("{project}", await DemoProjectIdAsync(page, path), StringComparison.Ordinal);
            }

            var response = await page.GotoAsync(path);
            Assert.NotNull(response);
            Assert.Equal(200, response.Status);
            Assert.Equal(path, page.PathOf());
            await AssertNoBlockingViolationsAsync(page, $"{path} ({signedInAs ?? "anonymous"})");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The page a stakeholder opens from the mailed link, without an account: the form, and the form with its messages.</summary>
    [Fact]
    public async Task Survey_answer_page_has_no_serious_or_critical_violations()
    {
        const string email = "axe.stakeholder@noordzee.example";
        var team = await app.NewPageAsync();
        var stakeholder = await app.NewPageAsync();
        try
        {
            await team.SignInAsync("Sanne de Vries");
            await team.GotoAsync($"/t/noordzee-umc/projects/{await DemoProjectIdAsync(team, "/t/noordzee-umc/projects")}/identify");
            await SurveyRounds.CreateInviteAndOpenAsync(team, "Accessibility round", "Axe Stakeholder", email, "Practice nurse");
            var link = await SurveyRounds.MailedLinkAsync(app, email);

            var response = await stakeholder.GotoAsync(link);
            Assert.Equal(200, response!.Status);
            await Expect(stakeholder.Locator("fieldset.likert").First).ToBeVisibleAsync();
            await AssertNoBlockingViolationsAsync(stakeholder, "the survey form");

            await stakeholder.GetByRole(AriaRole.Button, new() { Name = "Send my answers", Exact = true }).ClickAsync();
            await Expect(stakeholder.Locator("fieldset.likert span.field-error").First).ToHaveTextAsync(Browsing.AnyText);
            await AssertNoBlockingViolationsAsync(stakeholder, "the survey form with its messages");
        }
        finally
        {
            await stakeholder.Context.CloseAsync();
            await team.Context.CloseAsync();
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

    private async Task AssertNoBlockingViolationsAsync(IPage page, string what)
    {
        // Contrast is judged on the styled page: make sure the stylesheet was served and applied (the printable plan has no shell).
        await Expect(page.Locator("body")).ToHaveCSSAsync("font-family", new Regex("system-ui|sans-serif"));
        if (await page.Locator("body.plan-document").CountAsync() == 0)
        {
            await Expect(page.Locator("header.top")).ToHaveCSSAsync("background-color", "rgb(11, 93, 107)");
        }

        var violations = await AxeAsync(page);
        foreach (var v in violations)
        {
            output.WriteLine($"{v.Id} ({v.Impact}, {v.Nodes} nodes: {v.Targets})");
        }

        var blocking = violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0,
            $"axe-core on {what}: " + string.Join("; ", blocking.Select(v => $"{v.Id} ({v.Impact}, {v.Nodes} nodes: {v.Targets})")));
    }

    /// <summary>The demo project's id, read from the project list of the organisation in <paramref name="path"/> as its team would find it.</summary>
    private static async Task<string> DemoProjectIdAsync(IPage page, string path)
    {
        var projects = path[..(path.IndexOf("/projects", StringComparison.Ordinal) + "/projects".Length)];
        await page.GotoAsync(projects);
        var href = await page.GetByRole(AriaRole.Link, new() { Name = DemoProjectSeeder.Title, Exact = true }).GetAttributeAsync("href");
        return href![(projects.Length + 1)..];
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
