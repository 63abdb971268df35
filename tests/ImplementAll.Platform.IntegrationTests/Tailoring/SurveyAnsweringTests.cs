using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

/// <summary>Every way a survey link can be misused gets its own clear answer, and nothing is half-written.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SurveyAnsweringTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task A_tampered_or_garbled_link_is_not_valid()
    {
        var (token, _) = await OpenSurveyAsync(1);
        var tampered = token[..^3] + (token[^3] == 'A' ? "BBB" : "AAA");

        foreach (var bad in new[] { tampered, "not-a-token", new string('x', 2000) })
        {
            var read = await (await api.Anonymous().GetAsync($"/api/v1/surveys/{bad}")).AssertProblemAsync(HttpStatusCode.NotFound);
            Assert.Equal("This survey link is not valid", read.GetProperty("title").GetString());
            await (await Surveys.AnswerAsync(api, bad, new { answers = Array.Empty<object>() })).AssertProblemAsync(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task Scores_outside_the_scale_unknown_items_and_missing_answers_are_refused_and_nothing_is_written()
    {
        var (token, survey) = await OpenSurveyAsync(1);
        var form = await api.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{token}", Api.Json);
        var item = form.GetProperty("items")[0].GetProperty("itemId").GetGuid();

        var outside = await (await Surveys.AnswerAsync(api, token, new
        {
            answers = new object[] { new { itemId = item, dimension = "Importance", score = 6 }, new { itemId = item, dimension = "Changeability", score = 0 } },
        })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["The score must be from 1 to 5; 6 is outside the scale."], outside.FieldErrors("answers[0].score"));
        Assert.Single(outside.FieldErrors("answers[1].score"));

        var stranger = await (await Surveys.AnswerAsync(api, token, new
        {
            answers = new object[] { new { itemId = Guid.NewGuid(), dimension = "Importance", score = 3 } },
        })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["This question is not part of the survey."], stranger.FieldErrors("answers[0].itemId"));
        Assert.Single(stranger.FieldErrors("answers"));

        var notRelevant = await (await Surveys.AnswerAsync(api, token, new
        {
            answers = new object[] { new { itemId = item, dimension = "Importance", notRelevant = true }, new { itemId = item, dimension = "Changeability", score = 3 } },
        })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(notRelevant.FieldErrors("answers[0].score"));

        Assert.Equal(0, await WrittenAsync(survey));
    }

    [Fact]
    public async Task A_link_used_once_is_refused_after_submission_and_a_closed_survey_is_gone()
    {
        var (token, survey, others) = await OpenSurveyWithOthersAsync();
        var answers = await Surveys.AnswersForAsync(api, token, [4, 3]);
        Assert.Equal(HttpStatusCode.NoContent, (await Surveys.AnswerAsync(api, token, answers)).StatusCode);

        var again = await (await Surveys.AnswerAsync(api, token, answers)).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("You have already answered", again.GetProperty("title").GetString());
        await (await api.Anonymous().GetAsync($"/api/v1/surveys/{token}")).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await api.InDatabaseAsync(db => db.SurveyResponses.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).CountAsync(r => r.SurveyId == survey.Id)));

        var otherAnswers = await Surveys.AnswersForAsync(api, others[0], [4, 3]);
        Assert.Equal(HttpStatusCode.NoContent, (await api.As(survey.Lead).PostAsync(survey.Path + "/close", null)).StatusCode);
        var closed = await (await Surveys.AnswerAsync(api, others[0], otherAnswers)).AssertProblemAsync(HttpStatusCode.Gone);
        Assert.Equal("This survey has closed", closed.GetProperty("title").GetString());
        await (await api.Anonymous().GetAsync($"/api/v1/surveys/{others[0]}")).AssertProblemAsync(HttpStatusCode.Gone);
        Assert.Equal(3, await WrittenAsync(survey));
    }

    [Fact]
    public async Task A_survey_past_its_closing_time_takes_no_answers_even_when_nobody_closed_it()
    {
        var (token, survey) = await OpenSurveyAsync(1, closesInHours: 2);
        var answers = await Surveys.AnswersForAsync(api, token, [4, 3]);
        factory.Clock.Advance(TimeSpan.FromHours(3));
        await (await Surveys.AnswerAsync(api, token, answers)).AssertProblemAsync(HttpStatusCode.Gone);
        Assert.Equal(0, await WrittenAsync(survey));
    }

    [Fact]
    public async Task Two_simultaneous_submissions_of_one_link_let_exactly_one_in()
    {
        var (token, survey) = await OpenSurveyAsync(1);
        var answers = await Surveys.AnswersForAsync(api, token, [2, 5]);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Surveys.AnswerAsync(api, token, answers)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.NoContent));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.NoContent), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, await api.InDatabaseAsync(db => db.SurveyResponses.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).CountAsync(r => r.SurveyId == survey.Id)));
        Assert.Equal(3, await WrittenAsync(survey));
    }

    private sealed record OpenedSurvey(Guid Id, TestPerson Lead, string Path);

    private async Task<(string Token, OpenedSurvey Survey)> OpenSurveyAsync(int barriers, int? closesInHours = null)
    {
        var lead = TestPerson.New("Lena");
        var org = await api.RegisterAsync(lead);
        var project = await Projects.StartAsync(api, org, lead);
        for (var i = 0; i < barriers; i++)
        {
            await Surveys.AddBarrierAsync(api, org, lead, project, $"Barrier {i + 1}");
        }

        var survey = await Surveys.CreatedIdAsync(await api.As(lead).PostAsJsonAsync(Projects.PathOf(org, project) + "/surveys", new
        {
            kind = "BarrierConsultation", title = "Barriers", closesAt = closesInHours is { } h ? factory.Clock.GetUtcNow().UtcDateTime.AddHours(h) : (DateTime?)null,
        }, Api.Json));
        var email = $"s.{Guid.NewGuid():N}@test.example";
        await Surveys.InviteAsync(api, org, lead, project, survey, email);
        await Surveys.InviteAsync(api, org, lead, project, survey, "other." + email);
        await Surveys.OpenAsync(api, org, lead, project, survey);
        return (await Surveys.LinkTokenAsync(api, email), new OpenedSurvey(survey, lead, Surveys.PathOf(org, project, survey)));
    }

    private async Task<(string Token, OpenedSurvey Survey, List<string> Others)> OpenSurveyWithOthersAsync()
    {
        var (token, survey) = await OpenSurveyAsync(1);
        var email = await api.InDatabaseAsync(db => db.SurveyInvitees.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(i => i.SurveyId == survey.Id && i.Email.StartsWith("other.")).Select(i => i.Email).SingleAsync());
        return (token, survey, [await Surveys.LinkTokenAsync(api, email)]);
    }

    /// <summary>Answers and responses written for the survey.</summary>
    private Task<int> WrittenAsync(OpenedSurvey survey) =>
        api.InDatabaseAsync(async db => await db.SurveyAnswers.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).CountAsync(a => a.SurveyId == survey.Id)
            + await db.SurveyResponses.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).CountAsync(r => r.SurveyId == survey.Id));
}
