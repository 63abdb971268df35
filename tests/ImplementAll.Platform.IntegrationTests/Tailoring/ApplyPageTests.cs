using System.Net;
using System.Text.RegularExpressions;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

/// <summary>Module 4's page as a browser without script uses it: read the page, post a form back with its antiforgery token.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class ApplyPageTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task The_page_charts_each_indicator_with_its_measurements_in_a_table_and_marks_overdue_actions()
    {
        var world = await ApplySamples.ProjectAsync(api);
        Assert.Equal(HttpStatusCode.OK, (await ApplySamples.MeasureAsync(api, world.Owner, world, "2026-09-20", 17)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ApplySamples.MeasureAsync(api, world.Owner, world, "2026-10-01", 33)).StatusCode);

        var html = await PageAsync(api.As(world.Observer), world);

        Assert.Contains("<svg class=\"chart\" role=\"img\" aria-label=\"Daily reporters over time\"", html);
        Assert.Contains("<polyline", html);
        var table = Regex.Match(html, "<caption>Measurements of Daily reporters</caption>(?<rows>.*?)</table>", RegexOptions.Singleline).Groups["rows"].Value;
        Assert.Equal(["2026-09-20 17 %", "2026-10-01 33 %"], Regex.Matches(table, @"<td>(?<on>\d{4}-\d\d-\d\d)</td><td>(?<value>[^<]+)</td>")
            .Select(m => $"{m.Groups["on"].Value} {m.Groups["value"].Value}").ToList());
        Assert.Contains(">on track</strong>", html);
        Assert.Single(Regex.Matches(html, ">Overdue<"));
        Assert.DoesNotContain("Log progress</button>", html);
        Assert.DoesNotContain("name=\"Measurement.Value\"", html);
    }

    [Fact]
    public async Task The_page_embeds_the_nomad_survey_panel_and_charts_construct_scores_per_wave()
    {
        var world = await ApplySamples.ProjectAsync(api);
        await ApplySamples.WaveAsync(api, world, cycle: 1, score: 3);

        var html = await PageAsync(api.As(world.Observer), world);

        Assert.Contains("Normalisation wave (NoMAD)", html);
        Assert.Contains("<svg class=\"chart\" role=\"img\" aria-label=\"NoMAD construct scores by wave\"", html);
        var table = Regex.Match(html, "<caption>NoMAD construct scores by wave \\(1 to 5\\)</caption>(?<rows>.*?)</table>", RegexOptions.Singleline).Groups["rows"].Value;
        Assert.Contains("Cycle 1: Wave 1", table);
        Assert.Matches("<th scope=\"row\">[^<]+</th>\\s*<td>3[.,]00</td>", table);
    }

    [Fact]
    public async Task An_owner_sees_log_progress_on_their_own_action_only()
    {
        var world = await ApplySamples.ProjectAsync(api);

        var owner = await PageAsync(api.As(world.Owner), world);
        var lead = await PageAsync(api.As(world.Lead), world);

        Assert.Single(Regex.Matches(owner, "Log progress</button>"));
        Assert.Contains($"actionId={world.OpenAction}", owner);
        Assert.Equal(3, Regex.Matches(lead, "Log progress</button>").Count);
        Assert.Contains("Start cycle 2", lead);
        Assert.DoesNotContain("Start cycle 2", owner);
    }

    [Fact]
    public async Task A_percentage_over_100_is_explained_beside_that_actions_field_and_nothing_is_logged()
    {
        var world = await ApplySamples.ProjectAsync(api);
        var client = api.As(world.Owner);
        var page = await PageAsync(client, world);

        var response = await PostAsync(client, world, page, $"Progress&actionId={world.OpenAction}",
            ("Progress.Status", "InProgress"), ("Progress.PercentComplete", "101"), ("Progress.Note", ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("data-valmsg-for=\"Progress.PercentComplete\"[^>]*>The percentage complete must be between 0 and 100.</span>", html);
        Assert.Equal(0, await ApplySamples.InTenantAsync(api, world.Org, db => db.ActionProgress.CountAsync(p => p.ProjectId == world.Project)));
    }

    [Fact]
    public async Task Logging_progress_and_a_measurement_through_the_page_returns_to_it()
    {
        var world = await ApplySamples.ProjectAsync(api);
        var client = api.As(world.Owner);
        var page = await PageAsync(client, world);

        var logged = await PostAsync(client, world, page, $"Progress&actionId={world.OpenAction}",
            ("Progress.Status", "Done"), ("Progress.PercentComplete", "90"), ("Progress.Note", "All trained"));
        var measured = await PostAsync(client, world, page, $"Measurement&indicatorId={world.Indicator}",
            ("Measurement.MeasuredOn", "2026-10-02"), ("Measurement.Value", "41"), ("Measurement.Note", ""));

        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, measured.StatusCode);
        var action = await ApplySamples.InTenantAsync(api, world.Org, db => db.PlanActions.SingleAsync(a => a.Id == world.OpenAction));
        Assert.Equal((ActionStatus.Done, 100), (action.Status, action.PercentComplete));
        Assert.Equal(41, await ApplySamples.InTenantAsync(api, world.Org, db => db.IndicatorMeasurements.Select(m => m.Value).SingleAsync()));
    }

    private static async Task<string> PageAsync(HttpClient client, ApplyWorld world)
    {
        var response = await client.GetAsync($"/t/{world.Org.Slug}/projects/{world.Project}/apply");
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {html}");
        return WebUtility.HtmlDecode(html);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, ApplyWorld world, string page, string handler, params (string Name, string Value)[] fields)
    {
        var token = Antiforgery().Match(page).Groups["token"].Value;
        var form = fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token));
        return client.PostAsync($"/t/{world.Org.Slug}/projects/{world.Project}/apply?handler={handler}", new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Antiforgery();
}
