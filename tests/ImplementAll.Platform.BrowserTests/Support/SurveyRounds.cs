using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImplementAll.Platform.BrowserTests.Support;

/// <summary>A facilitator's consultation round on a module page with a survey panel, and the personal link the invitee gets by mail.</summary>
public static partial class SurveyRounds
{
    /// <summary>Creates a draft with <paramref name="title"/>, invites one stakeholder and opens it, each step confirmed by its notice.</summary>
    public static async Task CreateInviteAndOpenAsync(IPage page, string title, string name, string email, string stakeholderRole)
    {
        var panel = page.Locator("section.survey-panel");
        var draft = panel.Locator("form.survey-new");
        await draft.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await draft.GetByLabel("Message to the people you invite", new() { Exact = true }).FillAsync("Your view decides which barriers we tackle first.");
        await draft.GetByRole(AriaRole.Button, new() { Name = "Create draft", Exact = true }).SubmitAsync();
        await Expect(page.Locator("p.notice")).ToHaveTextAsync("The survey draft was created; invite people, then open it.");

        var survey = panel.GetByRole(AriaRole.Article, new() { Name = title, Exact = true });
        await Expect(survey).ToContainTextAsync("Draft");
        await survey.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await survey.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await survey.GetByLabel("Stakeholder role", new() { Exact = true }).FillAsync(stakeholderRole);
        await survey.GetByRole(AriaRole.Button, new() { Name = "Invite", Exact = true }).SubmitAsync();
        await Expect(page.Locator("p.notice")).ToHaveTextAsync($"{name} is invited.");

        await survey.GetByRole(AriaRole.Button, new() { Name = "Open and send the links", Exact = true }).SubmitAsync();
        await Expect(page.Locator("p.notice")).ToHaveTextAsync("The survey is open; every invitee was sent their link.");
        await Expect(survey.GetByRole(AriaRole.Button, new() { Name = "Close the survey", Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>The personal link the background job mailed to <paramref name="email"/>.</summary>
    public static async Task<string> MailedLinkAsync(BrowserApp app, string email)
    {
        var mail = await MailPickup.WaitForMessageToAsync(app.MailPickupFolder, email, TimeSpan.FromSeconds(30));
        var match = LinkPattern().Match(mail.TextBody ?? "");
        Assert.True(match.Success, $"No survey link in the mail:{Environment.NewLine}{mail.TextBody}");
        Assert.StartsWith($"{app.BaseUrl}/survey/", match.Value);
        return match.Value;
    }

    [GeneratedRegex(@"https?://\S+/survey/\S+")]
    private static partial Regex LinkPattern();
}
