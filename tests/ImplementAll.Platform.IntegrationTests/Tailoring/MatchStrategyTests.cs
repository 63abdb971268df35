using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

/// <summary>The team's strategy list of module 2 through the API: adding, writing its own, shortlisting, selecting, removing.</summary>
[Collection(PlatformCollection.Name)]
public sealed class MatchStrategyTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task A_team_member_adds_a_suggestion_and_an_own_strategy_shortlists_selects_and_removes()
    {
        var (org, lead, project) = await MatchSamples.ProjectAsync(api);
        var member = TestPerson.New("Matchmember");
        var row = await api.AddMemberAsync(org, lead, member);
        await Projects.AddToTeamAsync(api, org, lead, project, row.UserId);
        var barrier = await MatchSamples.BarrierAsync(api, org, project, "We never look back at how it went", 1, matching: "cfir09-39");
        var client = api.As(member);
        var path = MatchSamples.StrategiesPath(org, project);

        var eric = await MatchSamples.AddEricAsync(api, org, member, project, barrier, "eric-05");
        var own = await client.PostAsJsonAsync(path, new { barrierId = barrier, title = "Monthly huddle on the ward", categoryId = "itfits-s2", description = "Ten minutes, every first Monday." }, Api.Json);
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        var ownId = await own.Content.ReadFromJsonAsync<Guid>(Api.Json);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PutAsJsonAsync($"{path}/{eric}", new { shortlisted = true, selected = true, rationale = "The ward already keeps the data." }, Api.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PutAsJsonAsync($"{path}/{ownId}", new { shortlisted = true, selected = false, title = "Monthly huddle" }, Api.Json)).StatusCode);

        var list = (await client.GetFromJsonAsync<JsonElement>(path, Api.Json)).EnumerateArray().ToList();
        Assert.Equal(2, list.Count);
        var audit = list.Single(s => s.GetProperty("id").GetGuid() == eric);
        Assert.Equal(("Audit and provide feedback", "itfits-s3", "Quality Management"),
            (audit.GetProperty("title").GetString(), audit.GetProperty("categoryId").GetString(), audit.GetProperty("categoryName").GetString()));
        Assert.Contains("56%", audit.GetProperty("evidence").GetString());
        Assert.True(audit.GetProperty("shortlisted").GetBoolean() && audit.GetProperty("selected").GetBoolean());
        Assert.Equal("The ward already keeps the data.", audit.GetProperty("rationale").GetString());
        var mine = list.Single(s => s.GetProperty("id").GetGuid() == ownId);
        Assert.Equal(("Monthly huddle", "itfits-s2", JsonValueKind.Null), (mine.GetProperty("title").GetString(), mine.GetProperty("categoryId").GetString(), mine.GetProperty("ericStrategyId").ValueKind));
        Assert.True(mine.GetProperty("shortlisted").GetBoolean());
        Assert.False(mine.GetProperty("selected").GetBoolean());

        var suggestions = await MatchSamples.SuggestionsAsync(api, org, member, project, barrier);
        var listed = suggestions.GetProperty("suggestions").EnumerateArray().Single(s => s.GetProperty("strategy").GetProperty("strategyId").GetString() == "eric-05");
        Assert.Equal(eric, listed.GetProperty("onListAs").GetGuid());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{path}/{ownId}")).StatusCode);
        Assert.Equal([eric], (await client.GetFromJsonAsync<JsonElement>(path, Api.Json)).EnumerateArray().Select(s => s.GetProperty("id").GetGuid()));

        // Selecting a strategy for every prioritised barrier is what lets module 2 be marked done.
        Assert.Equal(HttpStatusCode.NoContent, (await api.As(lead).PostAsync(Projects.PathOf(org, project) + "/steps/Match/complete", null)).StatusCode);
    }

    [Fact]
    public async Task Observers_read_the_list_but_cannot_change_it()
    {
        var (org, lead, project) = await MatchSamples.ProjectAsync(api);
        var observer = TestPerson.New("Matchobserver");
        await api.AddMemberAsync(org, lead, observer);
        var barrier = await MatchSamples.BarrierAsync(api, org, project, "Nurses lack time", 1, theme: "itfits-b4");
        var strategy = await MatchSamples.AddEricAsync(api, org, lead, project, barrier, "eric-61");
        var client = api.As(observer);
        var path = MatchSamples.StrategiesPath(org, project);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        await MatchSamples.SuggestionsAsync(api, org, observer, project, barrier);
        await (await client.PostAsJsonAsync(path, new { barrierId = barrier, ericStrategyId = "eric-05" }, Api.Json)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await client.PutAsJsonAsync($"{path}/{strategy}", new { shortlisted = true }, Api.Json)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await client.DeleteAsync($"{path}/{strategy}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(1, await CountAsync(org, project));
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_problem_and_writes_nothing()
    {
        var (org, lead, project) = await MatchSamples.ProjectAsync(api);
        var barrier = await MatchSamples.BarrierAsync(api, org, project, "Managers do not back it", 1, theme: "itfits-b6");
        var candidate = await MatchSamples.BarrierAsync(api, org, project, "Wi-fi is patchy", null);
        var strategy = await MatchSamples.AddEricAsync(api, org, lead, project, barrier, "eric-35");
        var client = api.As(lead);
        var path = MatchSamples.StrategiesPath(org, project);
        Task<HttpResponseMessage> Post(object body) => client.PostAsJsonAsync(path, body, Api.Json);

        var unknown = await (await Post(new { barrierId = barrier, ericStrategyId = "eric-99" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("eric-99", unknown.FieldErrors("ericStrategyId").Single());
        var noTitle = await (await Post(new { barrierId = barrier, categoryId = "itfits-s1" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Give your strategy a title.", noTitle.FieldErrors("title").Single());
        var noCategory = await (await Post(new { barrierId = barrier, title = "Coffee with the board" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(noCategory.FieldErrors("categoryId"));
        var badCategory = await (await Post(new { barrierId = barrier, title = "Coffee with the board", categoryId = "itfits-s7" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("itfits-s7", badCategory.FieldErrors("categoryId").Single());
        await (await Post(new { ericStrategyId = "eric-05" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await Post(new { barrierId = Guid.NewGuid(), ericStrategyId = "eric-05" })).AssertProblemAsync(HttpStatusCode.NotFound);

        var notPrioritised = await (await Post(new { barrierId = candidate, ericStrategyId = "eric-05" })).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("not a prioritised barrier", notPrioritised.GetProperty("detail").GetString());
        await (await client.GetAsync($"{Projects.PathOf(org, project)}/barriers/{candidate}/suggestions")).AssertProblemAsync(HttpStatusCode.Conflict);
        var badFilter = await (await client.GetAsync($"{Projects.PathOf(org, project)}/barriers/{barrier}/suggestions?category=itfits-x")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(badFilter.FieldErrors("category"));
        var duplicate = await (await Post(new { barrierId = barrier, ericStrategyId = "eric-35" })).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("already on the list", duplicate.GetProperty("detail").GetString());
        var renamed = await (await client.PutAsJsonAsync($"{path}/{strategy}", new { title = "Champions" }, Api.Json)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(renamed.FieldErrors("title"));
        Assert.Equal(1, await CountAsync(org, project));

        Assert.Equal(HttpStatusCode.NoContent, (await client.PutAsJsonAsync($"{path}/{strategy}", new { shortlisted = true, selected = true }, Api.Json)).StatusCode);
        await api.InTenantAsync(org.Id, db =>
        {
            db.PlanActions.Add(new PlanAction { ProjectId = project, Cycle = 1, StrategyId = strategy, What = "Name two champions", StartsOn = new(2026, 12, 1), DueOn = new(2026, 12, 20) });
            return db.SaveChangesAsync();
        });
        var used = await (await client.DeleteAsync($"{path}/{strategy}")).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("plan", used.GetProperty("detail").GetString());
        await (await client.PutAsJsonAsync($"{path}/{strategy}", new { shortlisted = true, selected = false }, Api.Json)).AssertProblemAsync(HttpStatusCode.Conflict);
        var kept = await api.InTenantAsync(org.Id, db => db.ProjectStrategies.SingleAsync(s => s.Id == strategy));
        Assert.True(kept.Selected);
        await (await client.DeleteAsync($"{path}/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_organisation_gets_404_on_the_barriers_and_strategies_of_a_project()
    {
        var (org, lead, project) = await MatchSamples.ProjectAsync(api);
        var barrier = await MatchSamples.BarrierAsync(api, org, project, "Patients forget to measure", 1, theme: "itfits-b3");
        var strategy = await MatchSamples.AddEricAsync(api, org, lead, project, barrier, "eric-51");
        var stranger = TestPerson.New("Matchstranger");
        var other = await api.RegisterAsync(stranger);
        var client = api.As(stranger);

        foreach (var tenant in new[] { org, other })
        {
            var path = MatchSamples.StrategiesPath(tenant, project);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Projects.PathOf(tenant, project)}/barriers/{barrier}/suggestions")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync(path, new { barrierId = barrier, ericStrategyId = "eric-05" }, Api.Json)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"{path}/{strategy}", new { shortlisted = true }, Api.Json)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"{path}/{strategy}")).StatusCode);
        }

        Assert.Equal(1, await CountAsync(org, project));
    }

    private Task<int> CountAsync(OrgRef org, Guid project) =>
        api.InTenantAsync(org.Id, db => db.ProjectStrategies.CountAsync(s => s.ProjectId == project));
}
