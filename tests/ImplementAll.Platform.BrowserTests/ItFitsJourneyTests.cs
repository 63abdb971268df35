using System.Globalization;
using System.Text.RegularExpressions;
using ImplementAll.Platform.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImplementAll.Platform.BrowserTests;

/// <summary>
/// An ItFits project end to end, through the pages only: a team starts it, sets a goal, consults a stakeholder who
/// answers through the mailed link without an account, prioritises barriers, matches and selects strategies, plans
/// actions and indicators, logs progress and measurements, reflects, and starts the second review cycle.
/// </summary>
public sealed partial class ItFitsJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Fjordland = "fjordland-health-trust";
    private const string Team = "Lars Haugen";
    private const string Stakeholder = "kari.nordmann@fjordland-kommune.example";
    private const string Title = "Video follow-up after heart surgery in Fjordland";
    private const string Survey = "Which barriers matter most?";
    private const string Action = "Reserve two video slots per nurse each morning";

    private const string Time = "Nurses lack time for video calls";
    private const string Doubt = "Cardiologists doubt video follow-up is safe";
    private const string Records = "Video notes do not reach the patient record";
    private const string Broadband = "Patients in remote valleys lack broadband";
    private const string Proposed = "No interpreter available on video";

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task A_team_runs_a_project_from_goal_to_its_second_review_cycle()
    {
        var page = await app.NewPageAsync();
        try
        {
            await page.SignInAsync(Team);
            await page.SwitchOrganisationAsync("Fjordland Health Trust", Fjordland);
            var projectPath = await StartAsync(page);

            await IdentifyAsync(page);
            var link = await SurveyRounds.MailedLinkAsync(app, Stakeholder);
            await AnswerWithoutAccountAsync(link);
            await ReviewConsultationAsync(page);
            await CompleteAsync(page, projectPath, 1);

            await MatchAsync(page, projectPath);
            await CompleteAsync(page, projectPath, 2);

            await DesignAsync(page, projectPath);
            await CompleteAsync(page, projectPath, 3);

            await ApplyAsync(page, projectPath);
            await CompleteAsync(page, projectPath, 4);
            await StartSecondCycleAsync(page, projectPath);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task<string> StartAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Organisation", Exact = true })
            .GetByRole(AriaRole.Link, new() { Name = "Projects", Exact = true }).ClickAsync();
        await page.WaitForPathAsync($"/t/{Fjordland}/projects");
        await page.GetByRole(AriaRole.Link, new() { Name = "Start a project", Exact = true }).ClickAsync();
        await page.WaitForPathAsync($"/t/{Fjordland}/projects/new");

        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(Title);
        await page.GetByLabel("Intervention", new() { Exact = true }).FillAsync("Video follow-up consultations");
        await page.GetByLabel("Description of the intervention", new() { Exact = true }).FillAsync("Cardiac nurses see patients by video in the first weeks after discharge.");
        await page.GetByLabel("Setting", new() { Exact = true }).FillAsync("Cardiology outpatient clinic, Fjordland");
        await page.GetByLabel("Target group", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Staff and patients" });
        // Started a month ago, so measurements can have a history before today.
        await page.GetByLabel("Starts on", new() { Exact = true }).FillAsync(Iso(Today.AddDays(-30)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the project", Exact = true }).SubmitAsync();

        await Expect(page.Locator("p.notice")).ToHaveTextAsync("The project was started. Begin with module 1: goals and barriers.");
        Assert.Matches($"^/t/{Fjordland}/projects/[0-9a-f-]{{36}}/identify$", page.PathOf());
        await Expect(page.Locator("header.project-header h1")).ToHaveTextAsync(Title);
        await ExpectCycleAsync(page, 1);
        return page.PathOf()[..^"/identify".Length];
    }

    private static async Task IdentifyAsync(IPage page)
    {
        await page.Locator("#Goal_Text").FillAsync("Most patients get their first follow-up by video");
        await page.Locator("#Goal_MeasurableTarget").FillAsync("60% of follow-ups by video within six months");
        await page.Locator("#Goal_OwnerUserId").SelectOptionAsync(new SelectOptionValue { Label = $"{Team} (Fjordland Health Trust)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add goal", Exact = true }).SubmitAsync();
        await Expect(page.Locator("p.notice")).ToHaveTextAsync("The goal was added.");
        var goal = page.GetByRole(AriaRole.Region, new() { Name = "Implementation goals", Exact = true }).GetByRole(AriaRole.Row).Filter(new() { HasText = "60% of follow-ups" });
        await Expect(goal).ToContainTextAsync(Team);

        await AddBarrierAsync(page, Time, "itfits-b4");
        await AddBarrierAsync(page, Doubt, "itfits-b1");
        await AddBarrierAsync(page, Records, "itfits-b5");
        await AddBarrierAsync(page, Broadband, null);
        await Expect(BarrierRow(page, Broadband)).ToContainTextAsync("Custom");

        await SurveyRounds.CreateInviteAndOpenAsync(page, Survey, "Kari Nordmann", Stakeholder, "Patient representative");
    }

    private static async Task AddBarrierAsync(IPage page, string title, string? themeId)
    {
        var form = page.Locator("form.stacked", new() { Has = page.Locator("#Barrier_Title") });
        await form.GetByLabel("Barrier", new() { Exact = true }).FillAsync(title);
        await form.GetByLabel("ItFits barrier theme (none for a custom barrier)", new() { Exact = true }).SelectOptionAsync(themeId ?? "");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add barrier", Exact = true }).SubmitAsync();
        await Expect(BarrierRow(page, title)).ToHaveCountAsync(1);
    }

    /// <summary>The stakeholder, in a browser that has never signed in, rates every barrier, comments and proposes one.</summary>
    private async Task AnswerWithoutAccountAsync(string link)
    {
        var stranger = await app.NewPageAsync();
        try
        {
            await stranger.GotoAsync(link);
            await Expect(stranger.Locator("header").GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
            await Expect(stranger.Locator("main h1")).ToHaveTextAsync(Survey);
            await Expect(stranger.Locator("main")).ToContainTextAsync("Hello Kari Nordmann.");
            var items = stranger.Locator("fieldset.survey-item");
            await Expect(items).ToHaveCountAsync(4);

            // Importance high and changeability middling for the first three barriers, low for broadband.
            var scales = stranger.Locator("fieldset.likert");
            await Expect(scales).ToHaveCountAsync(8);
            string[] scores = ["5", "3", "4", "4", "4", "2", "2", "1"];
            for (var i = 0; i < scores.Length; i++)
            {
                await scales.Nth(i).GetByRole(AriaRole.Radio, new() { Name = scores[i], Exact = true }).CheckAsync();
            }

            await items.Nth(0).GetByLabel("Comment (optional)", new() { Exact = true }).FillAsync("Calls overrun when the connection drops.");
            await stranger.GetByLabel("Barrier 1", new() { Exact = true }).FillAsync(Proposed);
            await stranger.GetByLabel("What makes it a barrier 1", new() { Exact = true }).FillAsync("Patients who speak little Norwegian miss half of the call.");
            await stranger.GetByLabel("Anything else you want the team to know (optional)", new() { Exact = true }).FillAsync("Thank you for asking patients.");
            await stranger.GetByRole(AriaRole.Button, new() { Name = "Send my answers", Exact = true }).SubmitAsync();
            await Expect(stranger.Locator("main h1")).ToHaveTextAsync("Thank you");

            // The link is spent: opening it again says so instead of showing the form.
            var again = await stranger.GotoAsync(link);
            Assert.Equal(409, again!.Status);
            await Expect(stranger.Locator("main .errors")).ToContainTextAsync(Browsing.AnyText);
            await Expect(stranger.GetByRole(AriaRole.Button, new() { Name = "Send my answers" })).ToHaveCountAsync(0);
        }
        finally
        {
            await stranger.Context.CloseAsync();
        }
    }

    private static async Task ReviewConsultationAsync(IPage page)
    {
        await page.ReloadAsync();
        var survey = page.Locator("section.survey-panel").GetByRole(AriaRole.Article, new() { Name = Survey, Exact = true });
        await Expect(survey).ToContainTextAsync("Responses: 1 / 1");
        await Expect(survey.GetByRole(AriaRole.Img, new() { Name = $"{Survey}: mean rating per item (1–5)", Exact = true })).ToBeVisibleAsync();
        await Expect(survey).ToContainTextAsync("Calls overrun when the connection drops.");
        await Expect(survey).ToContainTextAsync("Thank you for asking patients.");

        var barriers = page.GetByRole(AriaRole.Region, new() { Name = "Candidate barriers", Exact = true });
        await Expect(barriers.GetByRole(AriaRole.Img, new() { Name = "Stakeholder ratings per barrier (mean, 1–5)", Exact = true })).ToBeVisibleAsync();
        await Expect(barriers.Locator("table caption")).ToContainTextAsync("(1/1)");
        await Expect(BarrierRow(page, Time)).ToContainTextAsync("5.00");

        var proposals = page.GetByRole(AriaRole.Region, new() { Name = "Barriers proposed by stakeholders", Exact = true });
        await proposals.GetByRole(AriaRole.Listitem).Filter(new() { HasText = Proposed })
            .GetByRole(AriaRole.Button, new() { Name = "Adopt as candidate", Exact = true }).SubmitAsync();
        await Expect(page.Locator("p.notice")).ToHaveTextAsync("The proposal is now a candidate barrier.");
        await Expect(BarrierRow(page, Proposed)).ToHaveCountAsync(1);
        await Expect(proposals.GetByRole(AriaRole.Listitem).Filter(new() { HasText = Proposed })).ToContainTextAsync("adopted");

        await PrioritiseAsync(page, Time, 1);
        await PrioritiseAsync(page, Doubt, 2);
        await PrioritiseAsync(page, Records, 3);

        // Be focused: a fourth priority is refused with the reason, and the first three stay as they were.
        var fourth = BarrierRow(page, Broadband);
        await fourth.GetByLabel("Priority", new() { Exact = true }).SelectOptionAsync("3");
        await fourth.GetByRole(AriaRole.Button, new() { Name = "Set", Exact = true }).SubmitAsync();
        await Expect(page.Locator("div.errors")).ToContainTextAsync("At most 3 barriers can be prioritised in a cycle (be focused).");
        await Expect(fourth.GetByRole(AriaRole.Cell).First).ToHaveTextAsync("–");
        await Expect(BarrierRow(page, Records).GetByRole(AriaRole.Cell).First).ToHaveTextAsync("3");
    }

    private static async Task PrioritiseAsync(IPage page, string title, int priority)
    {
        var row = BarrierRow(page, title);
        await row.GetByLabel("Priority", new() { Exact = true }).SelectOptionAsync(priority.ToString(CultureInfo.InvariantCulture));
        await row.GetByRole(AriaRole.Button, new() { Name = "Set", Exact = true }).SubmitAsync();
        await Expect(BarrierRow(page, title).GetByRole(AriaRole.Cell).First).ToHaveTextAsync(priority.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Marks a module done on the overview and sees it recorded there.</summary>
    private static async Task CompleteAsync(IPage page, string projectPath, int module)
    {
        await ProjectNav(page, "Overview").ClickAsync();
        await page.WaitForPathAsync(projectPath);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Mark module {module} done", Exact = true }).SubmitAsync();
        await Expect(page.Locator("p.notice")).ToHaveTextAsync($"Module {module} is done.");
        await Expect(page.Locator("li.module-step").Nth(module - 1)).ToHaveClassAsync(new Regex(@"\bdone\b"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Mark module {module} done", Exact = true })).ToHaveCountAsync(0);
    }

    private static Task ExpectCycleAsync(IPage page, int cycle) =>
        Expect(page.Locator("header.project-header p.lead")).ToContainTextAsync($"· Cycle {cycle} ·");

    private static ILocator ProjectNav(IPage page, string section) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Project", Exact = true }).GetByRole(AriaRole.Link, new() { Name = section, Exact = true });

    private static ILocator BarrierRow(IPage page, string title) =>
        page.GetByRole(AriaRole.Region, new() { Name = "Candidate barriers", Exact = true }).Locator("tbody tr").Filter(new() { HasText = title });

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
