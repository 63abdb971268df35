using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImplementAll.Platform.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.IntegrationTests.Support;

/// <summary>Module 1 and stakeholder surveys through the API, as a team and its stakeholders would use them.</summary>
public static class Surveys
{
    public static async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        var json = JsonDocument.Parse(body).RootElement;
        return json.ValueKind == JsonValueKind.Object ? json.GetProperty("survey").GetProperty("id").GetGuid() : json.GetGuid();
    }

    public static async Task<Guid> AddGoalAsync(Api api, OrgRef org, TestPerson person, Guid projectId, Guid ownerUserId) =>
        await CreatedIdAsync(await api.As(person).PostAsJsonAsync(Projects.PathOf(org, projectId) + "/goals",
            new { text = "Patients monitored at home", measurableTarget = "60% of eligible patients enrolled", ownerUserId }, Api.Json));

    public static async Task<Guid> AddBarrierAsync(Api api, OrgRef org, TestPerson person, Guid projectId, string title, string? themeId = "itfits-b4") =>
        await CreatedIdAsync(await api.As(person).PostAsJsonAsync(Projects.PathOf(org, projectId) + "/barriers", new { title, themeId }, Api.Json));

    public static async Task<Guid> CreateAsync(Api api, OrgRef org, TestPerson person, Guid projectId, string kind = "BarrierConsultation") =>
        await CreatedIdAsync(await api.As(person).PostAsJsonAsync(Projects.PathOf(org, projectId) + "/surveys",
            new { kind, title = $"{kind} round", message = "Thank you for your help." }, Api.Json));

    public static string PathOf(OrgRef org, Guid projectId, Guid surveyId) => $"{Projects.PathOf(org, projectId)}/surveys/{surveyId}";

    public static async Task<Guid> InviteAsync(Api api, OrgRef org, TestPerson person, Guid projectId, Guid surveyId, string email, string name = "Stakeholder")
    {
        var response = await api.As(person).PostAsJsonAsync(PathOf(org, projectId, surveyId) + "/invitees", new { name, email, stakeholderRole = "Nurse" }, Api.Json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<Guid>(Api.Json);
    }

    public static async Task OpenAsync(Api api, OrgRef org, TestPerson person, Guid projectId, Guid surveyId)
    {
        var response = await api.As(person).PostAsync(PathOf(org, projectId, surveyId) + "/open", null);
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The survey link's token from the newest mail to <paramref name="email"/>, as the stakeholder reads it.</summary>
    public static async Task<string> LinkTokenAsync(Api api, string email)
    {
        var body = await api.InDatabaseAsync(db => db.OutgoingMails.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(m => m.To == email.ToLowerInvariant()).OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Select(m => m.TextBody).FirstAsync());
        var link = body.Split('\n').Select(l => l.Trim()).First(l => l.Contains("/survey/", StringComparison.Ordinal));
        return Uri.UnescapeDataString(new Uri(link).AbsolutePath["/survey/".Length..]);
    }

    public static Task<HttpResponseMessage> AnswerAsync(Api api, string token, object answers) =>
        api.Anonymous().PostAsJsonAsync($"/api/v1/surveys/{Uri.EscapeDataString(token)}", answers, Api.Json);

    /// <summary>Every item rated with the given scores, one per dimension in order.</summary>
    public static async Task<object> AnswersForAsync(Api api, string token, int[] scores, object[]? proposals = null)
    {
        var form = await api.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{Uri.EscapeDataString(token)}", Api.Json);
        var dimensions = form.GetProperty("dimensions").EnumerateArray().Select(d => d.GetString()!).ToList();
        var answers = form.GetProperty("items").EnumerateArray().SelectMany(item => dimensions.Select((d, i) =>
            new { itemId = item.GetProperty("itemId").GetGuid(), dimension = d, score = (int?)scores[i] })).ToList();
        return new { answers, comment = "", proposals = proposals ?? [] };
    }

    /// <summary>A goal, a barrier, an answered survey and an adoptable proposal in a project: one resource per module-1 route parameter.</summary>
    public static async Task<Dictionary<string, string>> IdentifyResourcesAsync(Api api, OrgRef org, TestPerson lead, Guid projectId, Guid ownerUserId)
    {
        var goal = await AddGoalAsync(api, org, lead, projectId, ownerUserId);
        var barrier = await AddBarrierAsync(api, org, lead, projectId, "Nurses lack time for remote follow-up");
        var survey = await CreateAsync(api, org, lead, projectId);
        var email = $"stakeholder.{Guid.NewGuid():N}@test.example";
        await InviteAsync(api, org, lead, projectId, survey, email);
        await OpenAsync(api, org, lead, projectId, survey);
        var token = await LinkTokenAsync(api, email);
        var answered = await AnswerAsync(api, token, await AnswersForAsync(api, token, [4, 2], [new { title = "Unclear who pays", description = "" }]));
        Assert.Equal(HttpStatusCode.NoContent, answered.StatusCode);
        var proposal = (await Projects.GetAsync(api, org, lead, projectId, "/proposals")).EnumerateArray().Single().GetProperty("id").GetGuid();
        return new() { ["goalId"] = goal.ToString(), ["barrierId"] = barrier.ToString(), ["surveyId"] = survey.ToString(), ["proposalId"] = proposal.ToString() };
    }
}
