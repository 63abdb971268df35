using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

/// <summary>Module 1 through the API: goals with measurable targets and owners, barriers checked against the reference data, at most three priorities.</summary>
[Collection(PlatformCollection.Name)]
public sealed class IdentifyTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task A_goal_needs_text_a_target_and_an_owner_on_the_team_and_can_be_edited_and_removed()
    {
        var (org, lead, project) = await ProjectAsync();
        var path = Projects.PathOf(org, project) + "/goals";
        var leadId = await UserIdAsync(lead);

        var empty = await (await api.As(lead).PostAsJsonAsync(path, new { text = " ", measurableTarget = "", ownerUserId = leadId }, Api.Json))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Say what the team wants to achieve."], empty.FieldErrors("text"));
        Assert.NotEmpty(empty.FieldErrors("measurableTarget"));

        var outsider = TestPerson.New("Otto");
        await api.RegisterAsync(outsider);
        var stranger = await UserIdAsync(outsider);
        var offTeam = await (await api.As(lead).PostAsJsonAsync(path, new { text = "Enrol patients", measurableTarget = "60%", ownerUserId = stranger }, Api.Json))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["The owner must be on the project team."], offTeam.FieldErrors("ownerUserId"));
        Assert.Equal(0, await api.InDatabaseAsync(db => db.Goals.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).CountAsync(g => g.ProjectId == project)));

        var goal = await Surveys.AddGoalAsync(api, org, lead, project, leadId);
        var edited = await api.As(lead).PutAsJsonAsync($"{path}/{goal}",
            new { text = "Enrol patients at discharge", measurableTarget = "75% of eligible patients", targetDate = "2027-06-30", ownerUserId = leadId }, Api.Json);
        Assert.Equal(HttpStatusCode.NoContent, edited.StatusCode);
        var listed = (await Projects.GetAsync(api, org, lead, project, "/goals")).EnumerateArray().Single();
        Assert.Equal("75% of eligible patients", listed.GetProperty("measurableTarget").GetString());
        Assert.Equal("2027-06-30", listed.GetProperty("targetDate").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await api.As(lead).DeleteAsync($"{path}/{goal}")).StatusCode);
        Assert.Empty((await Projects.GetAsync(api, org, lead, project, "/goals")).EnumerateArray());
    }

    [Fact]
    public async Task Unknown_reference_codes_and_an_empty_title_are_refused_beside_their_fields()
    {
        var (org, lead, project) = await ProjectAsync();
        var path = Projects.PathOf(org, project) + "/barriers";

        var problem = await (await api.As(lead).PostAsJsonAsync(path,
            new { title = "Workload", themeId = "itfits-b9", cfirConstructId = "cfir2-ZZ", healthFactorId = "hf-8", matchingBarrierId = "cfir09-99" }, Api.Json))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(problem.FieldErrors("themeId"));
        Assert.Single(problem.FieldErrors("cfirConstructId"));
        Assert.Single(problem.FieldErrors("healthFactorId"));
        Assert.Single(problem.FieldErrors("matchingBarrierId"));
        var untitled = await (await api.As(lead).PostAsJsonAsync(path, new { title = "", themeId = "itfits-b1" }, Api.Json)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Name the barrier."], untitled.FieldErrors("title"));
        Assert.Equal(0, await api.InDatabaseAsync(db => db.Barriers.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).CountAsync(b => b.ProjectId == project)));

        var created = await Surveys.CreatedIdAsync(await api.As(lead).PostAsJsonAsync(path,
            new { title = "Workload", themeId = "itfits-b4", cfirConstructId = "cfir2-IIIA1", healthFactorId = "hf-6", matchingBarrierId = "cfir09-13" }, Api.Json));
        var custom = await Surveys.AddBarrierAsync(api, org, lead, project, "Patients without a smartphone", themeId: null);
        var barriers = (await Projects.GetAsync(api, org, lead, project, "/barriers")).EnumerateArray().ToList();
        var themed = barriers.Single(b => b.GetProperty("id").GetGuid() == created);
        Assert.Equal("Theme", themed.GetProperty("origin").GetString());
        Assert.Equal("Resources", themed.GetProperty("themeName").GetString());
        Assert.Equal("Resources and infrastructure", themed.GetProperty("healthFactorName").GetString());
        Assert.Equal("Custom", barriers.Single(b => b.GetProperty("id").GetGuid() == custom).GetProperty("origin").GetString());
    }

    [Fact]
    public async Task A_fourth_prioritised_barrier_is_refused_and_nothing_changes()
    {
        var (org, lead, project) = await ProjectAsync();
        var ids = new List<Guid>();
        foreach (var title in new[] { "Time", "Money", "Skills", "Leadership" })
        {
            ids.Add(await Surveys.AddBarrierAsync(api, org, lead, project, title));
        }

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await PrioritiseAsync(org, lead, project, ids[i], i + 1)).StatusCode);
        }

        var before = await PrioritiesAsync(project);
        var fourth = await (await PrioritiseAsync(org, lead, project, ids[3], 1)).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("At most 3 barriers", fourth.GetProperty("detail").GetString());
        Assert.Equal(before, await PrioritiesAsync(project));

        await (await PrioritiseAsync(org, lead, project, ids[0], 4)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NoContent, (await PrioritiseAsync(org, lead, project, ids[2], 1)).StatusCode);
        Assert.Equal([(ids[2], 1), (ids[0], 2), (ids[1], 3)], await PrioritiesAsync(project));

        Assert.Equal(HttpStatusCode.NoContent, (await api.As(lead).DeleteAsync($"{Projects.PathOf(org, project)}/barriers/{ids[2]}/priority")).StatusCode);
        Assert.Equal([(ids[0], 1), (ids[1], 2)], await PrioritiesAsync(project));
        var reordered = await api.As(lead).PutAsJsonAsync($"{Projects.PathOf(org, project)}/priorities", new { barrierIds = new[] { ids[1], ids[0] } }, Api.Json);
        Assert.Equal(HttpStatusCode.NoContent, reordered.StatusCode);
        Assert.Equal([(ids[1], 1), (ids[0], 2)], await PrioritiesAsync(project));
    }

    [Fact]
    public async Task An_observer_reads_but_cannot_write_and_a_team_member_cannot_prioritise()
    {
        var (org, lead, project) = await ProjectAsync();
        var member = TestPerson.New("Mia");
        var row = await api.AddMemberAsync(org, lead, member);
        var barrier = await Surveys.AddBarrierAsync(api, org, lead, project, "Time");

        Assert.Equal(HttpStatusCode.OK, (await api.As(member).GetAsync(Projects.PathOf(org, project) + "/barriers")).StatusCode);
        await (await api.As(member).PostAsJsonAsync(Projects.PathOf(org, project) + "/barriers", new { title = "Money" }, Api.Json))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        await Projects.AddToTeamAsync(api, org, lead, project, row.UserId);
        Assert.Equal(HttpStatusCode.Created, (await api.As(member).PostAsJsonAsync(Projects.PathOf(org, project) + "/barriers", new { title = "Money" }, Api.Json)).StatusCode);
        await (await PrioritiseAsync(org, member, project, barrier, 1)).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    private Task<HttpResponseMessage> PrioritiseAsync(OrgRef org, TestPerson person, Guid project, Guid barrier, int priority) =>
        api.As(person).PutAsJsonAsync($"{Projects.PathOf(org, project)}/barriers/{barrier}/priority", new { priority }, Api.Json);

    private async Task<List<(Guid, int)>> PrioritiesAsync(Guid project) =>
        (await api.InDatabaseAsync(db => db.Barriers.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(b => b.ProjectId == project && b.Priority != null).Select(b => new { b.Id, b.Priority }).ToListAsync()))
            .OrderBy(b => b.Priority).Select(b => (b.Id, b.Priority!.Value)).ToList();

    private async Task<(OrgRef Org, TestPerson Lead, Guid Project)> ProjectAsync()
    {
        var lead = TestPerson.New("Lena");
        var org = await api.RegisterAsync(lead);
        return (org, lead, await Projects.StartAsync(api, org, lead));
    }

    private async Task<Guid> UserIdAsync(TestPerson person) =>
        (await api.As(person).GetFromJsonAsync<JsonElement>("/api/v1/me", Api.Json)).GetProperty("userId").GetGuid();
}
