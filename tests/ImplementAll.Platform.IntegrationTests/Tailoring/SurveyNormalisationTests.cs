using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Hangfire.AspNetCore;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

/// <summary>NoMAD waves: labelled placeholders or the operator's item file, always in the reference structure, scored per construct.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SurveyNormalisationTests(PlatformFactory factory)
{
    // nomad.json: sub-construct ids and item counts (4 + 4 + 7 + 5 = 20 items).
    private static readonly (string Subconstruct, int Items)[] Structure =
    [
        ("nomad-coherence-1", 1), ("nomad-coherence-2", 1), ("nomad-coherence-3", 1), ("nomad-coherence-4", 1),
        ("nomad-cognitive-participation-1", 1), ("nomad-cognitive-participation-2", 1), ("nomad-cognitive-participation-3", 1), ("nomad-cognitive-participation-4", 1),
        ("nomad-collective-action-1", 1), ("nomad-collective-action-2", 2), ("nomad-collective-action-3", 2), ("nomad-collective-action-4", 2),
        ("nomad-reflexive-monitoring-1", 1), ("nomad-reflexive-monitoring-2", 1), ("nomad-reflexive-monitoring-3", 1), ("nomad-reflexive-monitoring-4", 2),
    ];

    [Fact]
    public async Task Without_an_operator_file_a_wave_asks_twenty_labelled_placeholders_and_scores_each_construct_as_the_mean_of_item_means()
    {
        var api = new Api(factory);
        var (org, lead, project, survey, tokens) = await OpenWaveAsync(api, 2);

        var items = await api.InDatabaseAsync(db => db.SurveyItems.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(i => i.SurveyId == survey).OrderBy(i => i.Order).ToListAsync());
        Assert.Equal(20, items.Count);
        Assert.Equal([4, 4, 7, 5], items.GroupBy(i => i.Group).Select(g => g.Count()));
        Assert.Equal("[Placeholder item — Coherence / Differentiation. Load the licensed NoMAD items: Tailoring:NomadItemsFile]", items[0].Text);
        var detail = await Projects.GetAsync(api, org, lead, project, $"/surveys/{survey}");
        Assert.StartsWith("Placeholder items", detail.GetProperty("survey").GetProperty("instrumentSource").GetString());

        // First respondent: 5 everywhere. Second: 3 everywhere except "not relevant" on the second coherence item.
        // Coherence item means 4, 5, 4, 4 -> 4.25 (a pooled mean of the seven scores would be 29/7).
        await AnswerAsync(api, tokens[0], (_, _) => 5);
        await AnswerAsync(api, tokens[1], (index, _) => index == 1 ? null : 3);

        var waves = await Projects.GetAsync(api, org, lead, project, "/normalisation");
        var wave = waves.EnumerateArray().Single();
        Assert.Equal(2, wave.GetProperty("responses").GetInt32());
        var scores = wave.GetProperty("constructs").EnumerateArray().ToDictionary(c => c.GetProperty("constructId").GetString()!);
        Assert.Equal(4.25, scores["nomad-coherence"].GetProperty("score").GetDouble(), 10);
        Assert.Equal(4.0, scores["nomad-collective-action"].GetProperty("score").GetDouble(), 10);
        Assert.Equal(7, scores["nomad-coherence"].GetProperty("answers").GetInt32());
        var results = await Projects.GetAsync(api, org, lead, project, $"/surveys/{survey}/results");
        Assert.Equal(1, results.GetProperty("items")[1].GetProperty("notRelevant").GetInt32());
    }

    [Fact]
    public async Task An_operator_file_that_fits_the_reference_structure_supplies_the_wording_and_one_that_does_not_keeps_waves_closed()
    {
        var folder = Directory.CreateTempSubdirectory("nomad-items-").FullName;
        var valid = Path.Combine(folder, "nomad-valid.json");
        var items = Structure.SelectMany(s => Enumerable.Range(1, s.Items).Select(n => new { code = $"{s.Subconstruct}-{n}", subconstruct = s.Subconstruct, text = $"Licensed wording {s.Subconstruct} {n}" })).ToList();
        await File.WriteAllTextAsync(valid, JsonSerializer.Serialize(new { source = "NoMAD English items (licensed copy)", items }));
        var invalid = Path.Combine(folder, "nomad-short.json");
        await File.WriteAllTextAsync(invalid, JsonSerializer.Serialize(new { items = items.Where(i => i.subconstruct != "nomad-collective-action-1") }));

        var api = new Api(factory);
        try
        {
            await using (var configured = factory.WithWebHostBuilder(b => Configure(b, valid)))
            {
                var (org, lead, project, survey) = await DraftWaveAsync(api);
                await Surveys.InviteAsync(api, org, lead, project, survey, $"staff.{Guid.NewGuid():N}@test.example");
                Assert.Equal(HttpStatusCode.NoContent, (await OpenThroughAsync(configured, lead, Surveys.PathOf(org, project, survey))).StatusCode);
                var stored = await api.InDatabaseAsync(db => db.SurveyItems.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
                    .Where(i => i.SurveyId == survey).OrderBy(i => i.Order).Select(i => i.Text).ToListAsync());
                Assert.Equal(items.Select(i => i.text), stored);
                Assert.Equal("NoMAD English items (licensed copy)", await api.InDatabaseAsync(db => db.Surveys.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
                    .Where(s => s.Id == survey).Select(s => s.InstrumentSource).SingleAsync()));
            }

            await using (var misconfigured = factory.WithWebHostBuilder(b => Configure(b, invalid)))
            {
                var (org, lead, project, survey) = await DraftWaveAsync(api);
                await Surveys.InviteAsync(api, org, lead, project, survey, $"staff.{Guid.NewGuid():N}@test.example");
                var refused = await (await OpenThroughAsync(misconfigured, lead, Surveys.PathOf(org, project, survey))).AssertProblemAsync(HttpStatusCode.Conflict);
                Assert.Contains("Collective action needs 7 items; the file has 6.", refused.GetProperty("detail").GetString());
                Assert.Equal(0, await api.InDatabaseAsync(db => db.SurveyItems.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).CountAsync(i => i.SurveyId == survey)));
            }
        }
        finally
        {
            // Hangfire keeps one process-wide log provider, and every host sets it to its own logger factory: give it
            // back to the shared host, or later tests log through the disposed second host's factory.
            GlobalConfiguration.Configuration.UseLogProvider(new AspNetCoreLogProvider(factory.Services.GetRequiredService<ILoggerFactory>()));
        }
    }

    /// <summary>A second host on the same database; its own data folder, because the search index takes a lock on its folder.</summary>
    private static void Configure(IWebHostBuilder builder, string itemsFile) => builder
        .UseSetting("Tailoring:NomadItemsFile", itemsFile)
        .UseSetting("Platform:DataDirectory", Directory.CreateTempSubdirectory("implementall-nomad-host-").FullName);

    /// <summary>Opens the wave through a host configured differently; everything else goes through the shared test host and database.</summary>
    private static Task<HttpResponseMessage> OpenThroughAsync(WebApplicationFactory<Program> host, TestPerson lead, string surveyPath)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(lead));
        return client.PostAsync(surveyPath + "/open", null);
    }

    private static async Task AnswerAsync(Api api, string token, Func<int, JsonElement, int?> score)
    {
        var form = await api.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{token}", Api.Json);
        Assert.True(form.GetProperty("allowsNotRelevant").GetBoolean());
        var answers = form.GetProperty("items").EnumerateArray().Select((item, index) => (item, value: score(index, item)))
            .Select(x => new { itemId = x.item.GetProperty("itemId").GetGuid(), dimension = "Agreement", score = x.value, notRelevant = x.value is null }).ToList();
        var response = await Surveys.AnswerAsync(api, token, new { answers });
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    private static async Task<(OrgRef Org, TestPerson Lead, Guid Project, Guid Survey)> DraftWaveAsync(Api api)
    {
        var lead = TestPerson.New("Lena");
        var org = await api.RegisterAsync(lead);
        var project = await Projects.StartAsync(api, org, lead);
        var survey = await Surveys.CreateAsync(api, org, lead, project, "Normalisation");
        return (org, lead, project, survey);
    }

    private static async Task<(OrgRef Org, TestPerson Lead, Guid Project, Guid Survey, List<string> Tokens)> OpenWaveAsync(Api api, int respondents)
    {
        var (org, lead, project, survey) = await DraftWaveAsync(api);
        var emails = Enumerable.Range(1, respondents).Select(i => $"staff{i}.{Guid.NewGuid():N}@test.example").ToList();
        foreach (var email in emails)
        {
            await Surveys.InviteAsync(api, org, lead, project, survey, email);
        }

        await Surveys.OpenAsync(api, org, lead, project, survey);
        var tokens = new List<string>();
        foreach (var email in emails)
        {
            tokens.Add(await Surveys.LinkTokenAsync(api, email));
        }

        return (org, lead, project, survey, tokens);
    }
}
