using System.Net;
using System.Text.RegularExpressions;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

/// <summary>The pages as a browser without script uses them: the module-1 page with its survey panel, and the anonymous answer page.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class SurveyPageTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task A_stakeholder_answers_on_the_page_without_signing_in_and_the_identify_page_charts_the_result()
    {
        var lead = TestPerson.New("Lena");
        var org = await api.RegisterAsync(lead);
        var project = await Projects.StartAsync(api, org, lead);
        await Surveys.AddBarrierAsync(api, org, lead, project, "Nurses lack time");
        var survey = await Surveys.CreateAsync(api, org, lead, project);
        var email = $"page.{Guid.NewGuid():N}@test.example";
        await Surveys.InviteAsync(api, org, lead, project, survey, email);
        await Surveys.OpenAsync(api, org, lead, project, survey);
        var token = await Surveys.LinkTokenAsync(api, email);
        var browser = api.Anonymous();
        var page = $"/survey/{token}";

        var form = await browser.GetAsync(page);
        var html = await form.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("<legend>1. Nurses lack time", html);
        Assert.Contains("name=\"Input.Answers[1].Score\"", html);
        var antiforgery = Antiforgery().Match(html).Groups["token"].Value;
        var itemId = ItemId().Match(html).Groups["id"].Value;

        var missing = await browser.PostAsync(page, Fields(antiforgery, itemId, ("Input.Answers[0].Score", "4")));
        var missingHtml = await missing.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Choose a score from 1 to 5.", missingHtml);
        Assert.Equal(0, await api.InDatabaseAsync(db => db.SurveyResponses.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).CountAsync(r => r.SurveyId == survey)));

        var sent = await browser.PostAsync(page, Fields(antiforgery, itemId, ("Input.Answers[0].Score", "4"), ("Input.Answers[1].Score", "2"), ("Input.Proposals[0].Title", "Unclear who pays")));
        Assert.Contains("Your answers were saved.", await sent.Content.ReadAsStringAsync());
        var again = await browser.GetAsync(page);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("You have already answered this survey.", await again.Content.ReadAsStringAsync());

        var identify = await api.As(lead).GetAsync($"/t/{org.Slug}/projects/{project}/identify");
        var identifyHtml = await identify.Content.ReadAsStringAsync();
        Assert.True(identify.StatusCode == HttpStatusCode.OK, identifyHtml);
        Assert.Contains("role=\"img\"", identifyHtml);
        Assert.Matches(@"4\.00 \S+ SD \S+ \S+ 100% \(n 1\)", identifyHtml);
        Assert.Contains("Unclear who pays", identifyHtml);
        Assert.Contains("href=\"/reference/cfir\"", identifyHtml);
        Assert.Contains("Stakeholder surveys: Barrier consultation", identifyHtml);
        Assert.Contains("Responses: 1 / 1", identifyHtml);
    }

    [Fact]
    public async Task A_garbled_link_shows_why_on_the_page_with_404()
    {
        var response = await api.Anonymous().GetAsync("/survey/garbled-token");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("This survey link is not valid.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_survey_panel_creates_a_draft_and_returns_to_the_page_it_is_embedded_in()
    {
        var lead = TestPerson.New("Lena");
        var org = await api.RegisterAsync(lead);
        var project = await Projects.StartAsync(api, org, lead);
        var client = api.As(lead);
        var surveys = $"/t/{org.Slug}/projects/{project}/surveys";
        var html = await (await client.GetAsync(surveys)).Content.ReadAsStringAsync();
        Assert.Contains("Normalisation wave (NoMAD)", html);
        var antiforgery = Antiforgery().Match(html).Groups["token"].Value;

        var created = await client.PostAsync(surveys + "?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Survey.Kind"] = "StrategyRating", ["Survey.Title"] = "Second round", ["returnTo"] = $"/t/{org.Slug}/projects/{project}/identify",
            ["__RequestVerificationToken"] = antiforgery,
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.EndsWith($"/projects/{project}/identify", created.Headers.Location!.OriginalString);
        Assert.Equal("Second round", await api.InDatabaseAsync(db => db.Surveys.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(s => s.ProjectId == project).Select(s => s.Title).SingleAsync()));
    }

    private static FormUrlEncodedContent Fields(string antiforgery, string itemId, params (string Name, string Value)[] fields) =>
        new(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["Input.Answers[0].ItemId"] = itemId, ["Input.Answers[0].Dimension"] = "Importance",
            ["Input.Answers[1].ItemId"] = itemId, ["Input.Answers[1].Dimension"] = "Changeability",
        }.Concat(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("name=\"Input.Answers\\[0\\].ItemId\" value=\"(?<id>[0-9a-f-]+)\"")]
    private static partial Regex ItemId();
}
