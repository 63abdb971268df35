using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

/// <summary>A barrier consultation from draft to adopted proposal, answered anonymously through mailed links.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SurveyFlowTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task Stakeholders_answer_through_their_links_and_the_team_sees_exact_results_and_adopts_a_proposal()
    {
        var (org, lead, project) = await ProjectAsync();
        var time = await Surveys.AddBarrierAsync(api, org, lead, project, "Nurses lack time");
        var money = await Surveys.AddBarrierAsync(api, org, lead, project, "No budget for devices");
        var survey = await Surveys.CreateAsync(api, org, lead, project);
        var emails = Enumerable.Range(1, 4).Select(i => $"s{i}.{Guid.NewGuid():N}@test.example").ToList();
        foreach (var email in emails)
        {
            await Surveys.InviteAsync(api, org, lead, project, survey, email);
        }

        Assert.Equal(0, await MailsToAsync(emails));
        await Surveys.OpenAsync(api, org, lead, project, survey);
        Assert.Equal(4, await MailsToAsync(emails));

        var tokens = new List<string>();
        foreach (var email in emails)
        {
            tokens.Add(await Surveys.LinkTokenAsync(api, email));
        }

        var form = await api.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{tokens[0]}", Api.Json);
        Assert.Equal(["Importance", "Changeability"], form.GetProperty("dimensions").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(["Nurses lack time", "No budget for devices"], form.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()));

        // Importance of "time": 5, 3, 1 -> mean 3, SD 2, median 3 so one answer of three lies within a point.
        await AnswerAsync(tokens[0], [5, 2]);
        await AnswerAsync(tokens[1], [3, 2], [new { title = "Unclear who pays", description = "Municipality or hospital?" }]);
        await AnswerAsync(tokens[2], [1, 2]);

        var results = await Projects.GetAsync(api, org, lead, project, $"/surveys/{survey}/results");
        Assert.Equal(0.75, results.GetProperty("survey").GetProperty("responseRate").GetDouble());
        var importance = Dimension(results, time, "Importance");
        Assert.Equal(3, importance.GetProperty("n").GetInt32());
        Assert.Equal(3.0, importance.GetProperty("mean").GetDouble(), 10);
        Assert.Equal(2.0, importance.GetProperty("standardDeviation").GetDouble(), 10);
        Assert.Equal(1.0 / 3, importance.GetProperty("agreement").GetDouble(), 10);
        var changeability = Dimension(results, money, "Changeability");
        Assert.Equal(2.0, changeability.GetProperty("mean").GetDouble(), 10);
        Assert.Equal(0.0, changeability.GetProperty("standardDeviation").GetDouble(), 10);
        Assert.Equal(1.0, changeability.GetProperty("agreement").GetDouble(), 10);

        var proposal = results.GetProperty("proposals").EnumerateArray().Single();
        Assert.Equal("Unclear who pays", proposal.GetProperty("title").GetString());
        var adopt = $"{Projects.PathOf(org, project)}/proposals/{proposal.GetProperty("id").GetGuid()}/adopt";
        var adopted = await api.As(lead).PostAsync(adopt, null);
        Assert.Equal(HttpStatusCode.OK, adopted.StatusCode);
        var barrierId = await adopted.Content.ReadFromJsonAsync<Guid>(Api.Json);
        var barrier = (await Projects.GetAsync(api, org, lead, project, "/barriers")).EnumerateArray().Single(b => b.GetProperty("id").GetGuid() == barrierId);
        Assert.Equal("Stakeholder", barrier.GetProperty("origin").GetString());
        Assert.Equal("Municipality or hospital?", barrier.GetProperty("description").GetString());
        await (await api.As(lead).PostAsync(adopt, null)).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Opening_needs_items_and_invitees_and_only_a_draft_opens_and_only_an_open_survey_closes()
    {
        var (org, lead, project) = await ProjectAsync();
        var survey = await Surveys.CreateAsync(api, org, lead, project);
        var path = Surveys.PathOf(org, project, survey);

        var nobody = await (await api.As(lead).PostAsync(path + "/open", null)).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Invite at least one person", nobody.GetProperty("detail").GetString());
        await Surveys.InviteAsync(api, org, lead, project, survey, "nurse@test.example");
        var duplicate = await (await api.As(lead).PostAsJsonAsync(path + "/invitees", new { name = "Again", email = "NURSE@test.example" }, Api.Json))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.NotEmpty(duplicate.FieldErrors("email"));
        var nothing = await (await api.As(lead).PostAsync(path + "/open", null)).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("candidate barrier", nothing.GetProperty("detail").GetString());
        await (await api.As(lead).PostAsync(path + "/close", null)).AssertProblemAsync(HttpStatusCode.Conflict);

        var past = await (await api.As(lead).PostAsJsonAsync(Projects.PathOf(org, project) + "/surveys",
            new { kind = "BarrierConsultation", title = "Late", closesAt = factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1) }, Api.Json))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["The closing time must be in the future."], past.FieldErrors("closesAt"));

        await Surveys.AddBarrierAsync(api, org, lead, project, "Time");
        await Surveys.OpenAsync(api, org, lead, project, survey);
        await (await api.As(lead).PostAsync(path + "/open", null)).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, (await api.As(lead).PostAsync(path + "/close", null)).StatusCode);
    }

    private async Task AnswerAsync(string token, int[] scores, object[]? proposals = null)
    {
        var response = await Surveys.AnswerAsync(api, token, await Surveys.AnswersForAsync(api, token, scores, proposals));
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    private static JsonElement Dimension(JsonElement results, Guid barrierId, string dimension) =>
        results.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("subjectId").GetGuid() == barrierId)
            .GetProperty("dimensions").EnumerateArray().Single(d => d.GetProperty("dimension").GetString() == dimension).GetProperty("summary");

    private Task<int> MailsToAsync(List<string> emails) =>
        api.InDatabaseAsync(db => db.OutgoingMails.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).CountAsync(m => emails.Contains(m.To)));

    private async Task<(OrgRef Org, TestPerson Lead, Guid Project)> ProjectAsync()
    {
        var lead = TestPerson.New("Lena");
        var org = await api.RegisterAsync(lead);
        return (org, lead, await Projects.StartAsync(api, org, lead));
    }
}
