using System.Text.RegularExpressions;
using ImplementAll.Platform.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImplementAll.Platform.BrowserTests;

/// <summary>The journey's modules 2 to 4 and the start of the next cycle: match, design, apply and review.</summary>
public sealed partial class ItFitsJourneyTests
{
    private static async Task MatchAsync(IPage page, string projectPath)
    {
        await ProjectNav(page, "2 Match").ClickAsync();
        await page.WaitForPathAsync(projectPath + "/match");
        foreach (var (title, priority) in new[] { (Time, 1), (Doubt, 2), (Records, 3) })
        {
            await Expect(Section(page, priority, title)).ToBeVisibleAsync();
        }

        // Ranked suggestions, each saying why it stands where it does.
        var first = Section(page, 1, Time);
        var suggestions = first.GetByRole(AriaRole.Table).Filter(new() { Has = page.Locator("caption", new() { HasText = "Suggested strategies for" }) }).Locator("tbody tr");
        await Expect(suggestions.First.GetByRole(AriaRole.Cell).First).ToHaveTextAsync("1");
        await Expect(suggestions.Nth(1).GetByRole(AriaRole.Cell).First).ToHaveTextAsync("2");
        await Expect(suggestions.First.GetByRole(AriaRole.Cell).Nth(7)).ToHaveTextAsync(new Regex("endorsed|Level|placed by"));
        var suggested = await AddTopSuggestionAsync(page, 1, Time);

        var own = first.Locator("details").Filter(new() { HasText = "Write your own strategy for this barrier" });
        await own.GetByText("Write your own strategy for this barrier", new() { Exact = true }).ClickAsync();
        await own.GetByLabel("Title", new() { Exact = true }).FillAsync("Protected video slots in the nurses' rota");
        await own.GetByLabel("ItFits strategy category", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await own.GetByLabel("Rationale", new() { Exact = true }).FillAsync("Time is the barrier the stakeholder rated most important.");
        await own.GetByRole(AriaRole.Button, new() { Name = "Add to the list", Exact = true }).SubmitAsync();
        await Expect(TeamRow(page, 1, Time, "Protected video slots in the nurses' rota")).ToContainTextAsync("own strategy");

        await SelectAsync(page, 1, Time, suggested);
        await SelectAsync(page, 1, Time, "Protected video slots in the nurses' rota");
        foreach (var (title, priority) in new[] { (Doubt, 2), (Records, 3) })
        {
            await SelectAsync(page, priority, title, await AddTopSuggestionAsync(page, priority, title));
        }
    }

    /// <summary>Puts the best-ranked suggestion on the barrier's list and returns its name.</summary>
    private static async Task<string> AddTopSuggestionAsync(IPage page, int priority, string barrier)
    {
        var add = Section(page, priority, barrier).GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Add to the list: ") }).First;
        var name = (await add.GetAttributeAsync("aria-label"))!["Add to the list: ".Length..];
        await add.SubmitAsync();
        await Expect(TeamRow(page, priority, barrier, name)).ToContainTextAsync("ERIC");
        return name;
    }

    private static async Task SelectAsync(IPage page, int priority, string barrier, string strategy)
    {
        var row = TeamRow(page, priority, barrier, strategy);
        await row.GetByLabel("Selected for the plan", new() { Exact = true }).CheckAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).SubmitAsync();
        await Expect(TeamRow(page, priority, barrier, strategy).GetByLabel("Selected for the plan", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(page.Locator("p.notice")).ToHaveTextAsync("The strategy is saved.");
    }

    private static async Task DesignAsync(IPage page, string projectPath)
    {
        await ProjectNav(page, "3 Design").ClickAsync();
        await page.WaitForPathAsync(projectPath + "/design");
        var form = page.Locator("form#action-form");

        // Every action has an owner, and cannot be due before it starts: each said beside its field, nothing saved.
        await form.GetByLabel("What is to be done", new() { Exact = true }).FillAsync(Action);
        await page.Locator("#Input_OwnerUserId").SelectOptionAsync("");
        await page.Locator("#Input_StartsOn").FillAsync(Iso(Today));
        await page.Locator("#Input_DueOn").FillAsync(Iso(Today.AddDays(20)));
        await form.GetByRole(AriaRole.Button, new() { Name = "Add the action", Exact = true }).SubmitAsync();
        await Expect(page.FieldError("Input_OwnerUserId")).ToHaveTextAsync("Every action needs an owner.");

        await page.Locator("#Input_OwnerUserId").SelectOptionAsync(new SelectOptionValue { Label = $"{Team} (Fjordland Health Trust)" });
        await page.Locator("#Input_DueOn").FillAsync(Iso(Today.AddDays(-1)));
        await form.GetByRole(AriaRole.Button, new() { Name = "Add the action", Exact = true }).SubmitAsync();
        await Expect(page.FieldError("Input_DueOn")).ToHaveTextAsync("The due date cannot be before the start date.");
        await Expect(page.FieldError("Input_OwnerUserId")).ToHaveTextAsync("");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "The plan of cycle 1", Exact = true }).GetByRole(AriaRole.Paragraph)
            .Filter(new() { HasText = "No actions planned yet." })).ToBeVisibleAsync();

        await page.Locator("#Input_DueOn").FillAsync(Iso(Today.AddDays(45)));
        await form.GetByLabel("Resources", new() { Exact = true }).FillAsync("Two laptops with headsets");
        await form.GetByLabel("Stakeholders involved", new() { Exact = true }).FillAsync("Cardiac nurses, ward manager");
        await form.GetByLabel("Carries out the strategy", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"Protected video slots in the nurses' rota ({Time})" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Add the action", Exact = true }).SubmitAsync();
        await Expect(page.Locator("p.notice")).ToHaveTextAsync("The action was added to the plan.");

        var indicator = page.Locator("form#indicator-form");
        await indicator.GetByLabel("Implementation outcome", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Adoption" });
        await indicator.GetByLabel("Indicator", new() { Exact = true }).FillAsync("Follow-ups by video");
        await indicator.GetByLabel("Unit", new() { Exact = true }).FillAsync("%");
        await indicator.GetByLabel("Baseline", new() { Exact = true }).FillAsync("10");
        await indicator.GetByLabel("Target", new() { Exact = true }).FillAsync("60");
        await indicator.GetByLabel("Owner", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"{Team} (Fjordland Health Trust)" });
        await indicator.GetByRole(AriaRole.Button, new() { Name = "Define the indicator", Exact = true }).SubmitAsync();
        await Expect(page.Locator("p.notice")).ToHaveTextAsync("The indicator was added.");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Success indicators", Exact = true }).GetByRole(AriaRole.Row)
            .Filter(new() { HasText = "Follow-ups by video" })).ToContainTextAsync("Adoption");

        var timeline = page.GetByRole(AriaRole.Region, new() { Name = "Timeline", Exact = true });
        await Expect(timeline.GetByRole(AriaRole.Img, new() { Name = "Timeline of the actions in cycle 1", Exact = true })).ToBeVisibleAsync();
        await Expect(timeline.GetByRole(AriaRole.Row).Filter(new() { HasText = Action })).ToContainTextAsync(Iso(Today.AddDays(45)));

        await page.GetByRole(AriaRole.Link, new() { Name = "The plan as a printable document", Exact = true }).ClickAsync();
        await page.WaitForPathAsync(projectPath + "/plan/print");
        await Expect(page.Locator("h1")).ToHaveTextAsync($"Implementation plan: {Title}");
        await Expect(page.Locator("main")).ToContainTextAsync(Action);
        await Expect(page.Locator("main")).ToContainTextAsync("Follow-ups by video");
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to module 3", Exact = true }).ClickAsync();
        await page.WaitForPathAsync(projectPath + "/design");
    }

    private static async Task ApplyAsync(IPage page, string projectPath)
    {
        await ProjectNav(page, "4 Apply and review").ClickAsync();
        await page.WaitForPathAsync(projectPath + "/apply");

        var progress = page.GetByRole(AriaRole.Form, new() { Name = $"Log progress on {Action}", Exact = true });
        await progress.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "In progress" });
        await progress.GetByLabel("Percent complete", new() { Exact = true }).FillAsync("40");
        await progress.GetByLabel("Note", new() { Exact = true }).FillAsync("Slots reserved on two of five wards.");
        await progress.GetByRole(AriaRole.Button, new() { Name = "Log progress", Exact = true }).SubmitAsync();
        await Expect(page.Locator("p.notice")).ToHaveTextAsync("The progress was logged.");
        await Expect(page.GetByRole(AriaRole.Article, new() { Name = Action, Exact = true }))
            .ToContainTextAsync("In progress · 40 %");

        await MeasureAsync(page, Today.AddDays(-14), "18");
        await MeasureAsync(page, Today, "37");
        var indicator = page.GetByRole(AriaRole.Article, new() { Name = "Follow-ups by video (Adoption)", Exact = true });
        await Expect(indicator.GetByRole(AriaRole.Img, new() { Name = "Follow-ups by video over time", Exact = true })).ToBeVisibleAsync();
        await Expect(indicator.GetByRole(AriaRole.Table, new() { Name = "Measurements of Follow-ups by video", Exact = true }).Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(indicator).ToContainTextAsync("latest 37 %");

        await page.GetByLabel("Reflection on cycle 1: what worked, what to adapt", new() { Exact = true })
            .FillAsync("Protected slots work where the ward manager backs them; next cycle we tackle the interpreter barrier.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the reflection", Exact = true }).SubmitAsync();
        await Expect(page.Locator("p.notice")).ToHaveTextAsync("The reflection was saved.");
    }

    private static async Task MeasureAsync(IPage page, DateOnly on, string value)
    {
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Record a measurement of Follow-ups by video", Exact = true });
        await form.GetByLabel("Measured on", new() { Exact = true }).FillAsync(Iso(on));
        await form.GetByLabel("Value", new() { Exact = true }).FillAsync(value);
        await form.GetByRole(AriaRole.Button, new() { Name = "Record", Exact = true }).SubmitAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Measurements of Follow-ups by video", Exact = true })
            .GetByRole(AriaRole.Row).Filter(new() { HasText = Iso(on) })).ToContainTextAsync($"{value} %");
    }

    private static async Task StartSecondCycleAsync(IPage page, string projectPath)
    {
        await ProjectNav(page, "4 Apply and review").ClickAsync();
        await page.WaitForPathAsync(projectPath + "/apply");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start cycle 2", Exact = true }).SubmitAsync();
        await Expect(page.Locator("p.notice")).ToContainTextAsync("Cycle 2 has started");
        await page.WaitForPathAsync(projectPath);
        await ExpectCycleAsync(page, 2);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cycle 2: where the project stands", Exact = true })).ToBeVisibleAsync();

        await ProjectNav(page, "4 Apply and review").ClickAsync();
        await page.WaitForPathAsync(projectPath + "/apply");
        await page.GetByRole(AriaRole.Link, new() { Name = "Compare the project's cycles", Exact = true }).ClickAsync();
        await page.WaitForPathAsync(projectPath + "/cycles");
        var comparison = page.GetByRole(AriaRole.Table, new() { Name = "Goals, choices and results per cycle", Exact = true });
        var cycles = comparison.Locator("thead th");
        await Expect(cycles).ToHaveCountAsync(2);
        await Expect(cycles.Nth(0)).ToContainTextAsync("Cycle 1");
        await Expect(cycles.Nth(1)).ToContainTextAsync("Cycle 2");
        var reflection = comparison.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Reflection", Exact = true }) });
        await Expect(reflection.GetByRole(AriaRole.Cell).Nth(0)).ToContainTextAsync("Protected slots work");
        await Expect(reflection.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("–");
        var barriers = comparison.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Prioritised barriers", Exact = true }) });
        await Expect(barriers.GetByRole(AriaRole.Cell).Nth(0)).ToContainTextAsync(Time);
        // The second cycle starts from a copy of the first one's goals, for the team to revisit.
        var goals = comparison.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Goals", Exact = true }) });
        await Expect(goals.GetByRole(AriaRole.Cell).Nth(1)).ToContainTextAsync("60% of follow-ups by video within six months");
    }

    private static ILocator Section(IPage page, int priority, string barrier) =>
        page.GetByRole(AriaRole.Region, new() { Name = $"Priority {priority}: {barrier}", Exact = true });

    private static ILocator TeamRow(IPage page, int priority, string barrier, string strategy) =>
        Section(page, priority, barrier).GetByRole(AriaRole.Table, new() { Name = $"The team's strategies for {barrier}", Exact = true })
            .Locator("tbody tr").Filter(new() { HasText = strategy });
}
