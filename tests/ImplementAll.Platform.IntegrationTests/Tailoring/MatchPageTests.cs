using System.Net;
using System.Net.Http.Json;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

/// <summary>The Match page as a browser without script uses it: forms posted back with their antiforgery token.</summary>
[Collection(PlatformCollection.Name)]
public sealed class MatchPageTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task The_team_filters_suggestions_adds_one_writes_its_own_and_shortlists_with_errors_beside_the_fields()
    {
        var (org, lead, project) = await MatchSamples.ProjectAsync(api);
        var barrier = await MatchSamples.BarrierAsync(api, org, project, "We never look back at how it went", 1, matching: "cfir09-39");
        var browser = new PageBrowser(api.As(lead));
        var page = $"/t/{org.Slug}/projects/{project}/match";

        var form = await browser.GetFormAsync(page);
        var html = WebUtility.HtmlDecode(form.Html);
        Assert.Contains("Priority 1: We never look back at how it went", html);
        Assert.Contains("Audit and provide feedback", html);
        Assert.Contains("How ERIC clusters map to ItFits strategy categories", html);
        Assert.Contains("Policy Context", html);
        Assert.Contains("Be different", html);
        Assert.Contains("Show all 73", html);

        var finance = await HtmlAsync(browser, page + "?category=itfits-s4&all=true");
        Assert.Contains("Access new funding", finance);
        Assert.DoesNotContain("Audit and provide feedback", finance);

        var noTitle = await browser.PostAsync(page + "?handler=Add", form, ("Input.BarrierId", barrier.ToString()), ("Input.Title", " "), ("Input.CategoryId", "itfits-s2"));
        Assert.Equal(HttpStatusCode.OK, noTitle.StatusCode);
        Assert.Equal("Give your strategy a title.", PageBrowser.MessageBeside(await noTitle.Content.ReadAsStringAsync(), "Input.Title"));
        Assert.Equal(0, await CountAsync(org, project));

        var added = await browser.PostAsync(page + "?handler=Add", form, ("Input.BarrierId", barrier.ToString()), ("Input.EricStrategyId", "eric-05"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var strategy = await api.InDatabaseAsync(db => db.ProjectStrategies.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).SingleAsync(s => s.ProjectId == project));
        Assert.Equal(("eric-05", "itfits-s3"), (strategy.EricStrategyId, strategy.CategoryId));

        Assert.Contains("On the list", await HtmlAsync(browser, page));
        var changed = await browser.PostAsync(page + $"?strategyId={strategy.Id}&handler=Change", form,
            ("Change.Shortlisted", "true"), ("Change.Shortlisted", "false"), ("Change.Selected", "false"), ("Change.Rationale", "We have the data."));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var saved = await api.InDatabaseAsync(db => db.ProjectStrategies.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).SingleAsync(s => s.Id == strategy.Id));
        Assert.Equal((true, false, "We have the data."), (saved.Shortlisted, saved.Selected, saved.Rationale));
    }

    [Fact]
    public async Task Observers_see_the_lists_without_forms_and_strangers_get_404()
    {
        var (org, lead, project) = await MatchSamples.ProjectAsync(api);
        var barrier = await MatchSamples.BarrierAsync(api, org, project, "The van breaks down", 1);
        await MatchSamples.AddEricAsync(api, org, lead, project, barrier, "eric-61");
        var observer = TestPerson.New("Matchreader");
        await api.AddMemberAsync(org, lead, observer);

        var html = await HtmlAsync(new PageBrowser(api.As(observer)), $"/t/{org.Slug}/projects/{project}/match");
        Assert.Contains("neither a CFIR-ERIC barrier nor an ItFits theme", html);
        Assert.Contains(WebUtility.HtmlDecode(await StrategyTitleAsync(project)), html);
        Assert.DoesNotContain("handler=Add", html);
        Assert.DoesNotContain("handler=Change", html);

        var stranger = TestPerson.New("Matchoutsider");
        var other = await api.RegisterAsync(stranger);
        Assert.Equal(HttpStatusCode.NotFound, (await api.As(stranger).GetAsync($"/t/{other.Slug}/projects/{project}/match")).StatusCode);
    }

    [Fact]
    public async Task The_stakeholders_ratings_of_a_shortlisted_strategy_show_beside_it_with_the_survey_panel()
    {
        var (org, lead, project) = await MatchSamples.ProjectAsync(api);
        var barrier = await MatchSamples.BarrierAsync(api, org, project, "Nurses lack time", 1, theme: "itfits-b4");
        var strategy = await MatchSamples.AddEricAsync(api, org, lead, project, barrier, "eric-61");
        await api.As(lead).PutAsJsonAsync($"{MatchSamples.StrategiesPath(org, project)}/{strategy}", new { shortlisted = true }, Api.Json);
        await api.InTenantAsync(org.Id, db =>
        {
            // What the survey engine stores once two stakeholders have rated the shortlisted strategy.
            var survey = new Survey { ProjectId = project, Cycle = 1, Kind = SurveyKind.StrategyRating, Title = "Rate our strategies", Status = SurveyStatus.Closed, OpenedAt = DateTime.UtcNow };
            var item = new SurveyItem { SurveyId = survey.Id, SubjectId = strategy, Text = "Revise professional roles" };
            db.AddRange(survey, item);
            foreach (var (feasibility, acceptability, n) in new[] { (4, 5, 1), (2, 5, 2) })
            {
                var invitee = new SurveyInvitee { SurveyId = survey.Id, Name = $"Stakeholder {n}", Email = $"s{n}@test.example", SecretHash = $"hash{n}" };
                var response = new SurveyResponse { SurveyId = survey.Id, InviteeId = invitee.Id, SubmittedAt = DateTime.UtcNow };
                db.AddRange(invitee, response,
                    new SurveyAnswer { SurveyId = survey.Id, ResponseId = response.Id, ItemId = item.Id, Dimension = RatingDimension.Feasibility, Score = feasibility },
                    new SurveyAnswer { SurveyId = survey.Id, ResponseId = response.Id, ItemId = item.Id, Dimension = RatingDimension.Acceptability, Score = acceptability });
            }

            return db.SaveChangesAsync();
        });

        var html = await HtmlAsync(new PageBrowser(api.As(lead)), $"/t/{org.Slug}/projects/{project}/match");
        Assert.Contains("Feasibility: 3.0 (2)", html);
        Assert.Contains("Acceptability: 5.0 (2)", html);
        Assert.Contains("Rate our strategies", html);
    }

    private Task<string> StrategyTitleAsync(Guid project) =>
        api.InDatabaseAsync(db => db.ProjectStrategies.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).Where(s => s.ProjectId == project).Select(s => s.Title).SingleAsync());

    private Task<int> CountAsync(OrgRef org, Guid project) => api.InTenantAsync(org.Id, db => db.ProjectStrategies.CountAsync(s => s.ProjectId == project));

    private static async Task<string> HtmlAsync(PageBrowser browser, string url) => WebUtility.HtmlDecode(await browser.GetHtmlAsync(url));
}
