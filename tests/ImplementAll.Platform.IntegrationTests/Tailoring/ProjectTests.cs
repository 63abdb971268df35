using System.Net;
using System.Net.Http.Json;
using ImplementAll.Platform.IntegrationTests.Support;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

[Collection(PlatformCollection.Name)]
public sealed class ProjectTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task Starting_a_project_opens_cycle_one_with_four_steps_owned_by_the_lead()
    {
        var lead = TestPerson.New("Lead");
        var org = await api.RegisterAsync(lead);
        var projectId = await Projects.StartAsync(api, org, lead);

        var project = await Projects.GetAsync(api, org, lead, projectId);
        Assert.Equal(1, project.GetProperty("currentCycle").GetInt32());
        Assert.Equal("Identify", project.GetProperty("currentModule").GetString());
        Assert.Equal("Lead", project.GetProperty("yourRole").GetString());
        var steps = project.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["Identify", "Match", "Design", "Apply"], steps.Select(s => s.GetProperty("module").GetString()));
        Assert.All(steps, s => Assert.Equal(lead.Name, s.GetProperty("ownerName").GetString()));
        var team = await Projects.GetAsync(api, org, lead, projectId, "/team");
        Assert.Equal("Lead", Assert.Single(team.EnumerateArray()).GetProperty("role").GetString());
    }

    [Theory]
    [InlineData("""{"title":"","setting":"Ward","interventionName":"X","targetGroup":"Both","startsOn":"2026-12-01"}""", "title")]
    [InlineData("""{"title":"T","setting":"Ward","targetGroup":"Both","startsOn":"2026-12-01"}""", "interventionName")]
    [InlineData("""{"title":"T","setting":"Ward","interventionName":"X","targetGroup":"Both","startsOn":"2026-12-01","endsOn":"2026-01-01"}""", "endsOn")]
    [InlineData("""{"title":"T","setting":"Ward","practiceId":"0198a0a0-0000-7000-8000-000000000000","targetGroup":"Both","startsOn":"2026-12-01"}""", "practiceId")]
    [InlineData("""{"title":"T","interventionName":"X","targetGroup":"Both","startsOn":"2026-12-01"}""", "setting")]
    public async Task A_project_with_bad_input_is_refused_with_the_field_named(string body, string field)
    {
        var lead = TestPerson.New("Lead");
        var org = await api.RegisterAsync(lead);

        var response = await api.As(lead).PostAsync($"/api/v1/tenants/{org.Id}/projects", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors(field));
    }

    [Fact]
    public async Task The_last_lead_cannot_be_removed_or_demoted_and_only_organisation_people_can_join()
    {
        var lead = TestPerson.New("Lead");
        var org = await api.RegisterAsync(lead);
        var colleague = await api.AddMemberAsync(org, lead, TestPerson.New("Colleague"));
        var stranger = TestPerson.New("Stranger");
        await api.RegisterAsync(stranger);
        var projectId = await Projects.StartAsync(api, org, lead);
        var path = Projects.PathOf(org, projectId) + "/team";
        var leadMember = (await Projects.GetAsync(api, org, lead, projectId, "/team")).EnumerateArray().Single().GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Conflict, (await api.As(lead).DeleteAsync($"{path}/{leadMember}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.As(lead).PutAsJsonAsync($"{path}/{leadMember}", new { role = "TeamMember" }, Api.Json)).StatusCode);
        var strangerId = (await api.As(stranger).GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/me", Api.Json)).GetProperty("userId").GetGuid();
        var refused = await (await api.As(lead).PostAsJsonAsync(path, new { userId = strangerId, role = "TeamMember" }, Api.Json)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(refused.FieldErrors("userId"));

        var added = await Projects.AddToTeamAsync(api, org, lead, projectId, colleague.UserId, "Lead");
        Assert.Equal(HttpStatusCode.NoContent, (await api.As(lead).PutAsJsonAsync($"{path}/{leadMember}", new { role = "Observer" }, Api.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.As(lead).DeleteAsync($"{path}/{added}")).StatusCode);
    }
}
