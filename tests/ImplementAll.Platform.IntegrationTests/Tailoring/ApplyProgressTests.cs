using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

[Collection(PlatformCollection.Name)]
public sealed class ApplyProgressTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task Logging_progress_moves_the_action_and_done_means_100_percent_and_completed()
    {
        var world = await ApplySamples.ProjectAsync(api);

        var first = await ApplySamples.LogAsync(api, world.Owner, world, world.OpenAction, "InProgress", 60, "Half the nurses trained");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var action = await ActionAsync(world);
        Assert.Equal((ActionStatus.InProgress, 60, (DateTime?)null), (action.Status, action.PercentComplete, action.CompletedAt));

        var done = await ApplySamples.LogAsync(api, world.Owner, world, world.OpenAction, "Done", 70);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        action = await ActionAsync(world);
        Assert.Equal((ActionStatus.Done, 100), (action.Status, action.PercentComplete));
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, action.CompletedAt);

        var history = await api.As(world.Observer).GetFromJsonAsync<JsonElement>($"{world.Path}/actions/{world.OpenAction}/progress", Api.Json);
        Assert.Equal([("Done", 100, ""), ("InProgress", 60, "Half the nurses trained")], history.EnumerateArray()
            .Select(e => (e.GetProperty("status").GetString(), e.GetProperty("percentComplete").GetInt32(), e.GetProperty("note").GetString())).ToList());
        Assert.All(history.EnumerateArray(), e => Assert.Equal("Otto Owner", e.GetProperty("by").GetString()));
    }

    [Fact]
    public async Task Reopening_a_done_action_clears_its_completion()
    {
        var world = await ApplySamples.ProjectAsync(api);

        Assert.Equal(HttpStatusCode.OK, (await ApplySamples.LogAsync(api, world.Lead, world, world.DoneAction, "InProgress", 80, "Protocol needs a revision")).StatusCode);

        var action = await ApplySamples.InTenantAsync(api, world.Org, db => db.PlanActions.SingleAsync(a => a.Id == world.DoneAction));
        Assert.Equal((ActionStatus.InProgress, 80, (DateTime?)null), (action.Status, action.PercentComplete, action.CompletedAt));
    }

    [Theory]
    [InlineData(101, "percentComplete")]
    [InlineData(-1, "percentComplete")]
    public async Task A_percentage_outside_0_to_100_gets_400_and_nothing_is_written(int percent, string field)
    {
        var world = await ApplySamples.ProjectAsync(api);

        var problem = await (await ApplySamples.LogAsync(api, world.Owner, world, world.OpenAction, "InProgress", percent)).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["The percentage complete must be between 0 and 100."], problem.FieldErrors(field));
        var action = await ActionAsync(world);
        Assert.Equal((ActionStatus.InProgress, 40), (action.Status, action.PercentComplete));
        Assert.Equal(0, await EntriesAsync(world));
    }

    [Fact]
    public async Task A_missing_status_gets_400_beside_the_status()
    {
        var world = await ApplySamples.ProjectAsync(api);

        var response = await api.As(world.Owner).PostAsJsonAsync($"{world.Path}/actions/{world.OpenAction}/progress", new { percentComplete = 50 }, Api.Json);

        Assert.Equal(["Choose a status."], (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("status"));
        Assert.Equal(0, await EntriesAsync(world));
    }

    [Fact]
    public async Task Only_the_owner_or_a_facilitator_or_lead_logs_progress_on_an_action()
    {
        var world = await ApplySamples.ProjectAsync(api);

        await (await ApplySamples.LogAsync(api, world.Colleague, world, world.OpenAction, "Done", 100)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await ApplySamples.LogAsync(api, world.Observer, world, world.OpenAction, "Done", 100)).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, await EntriesAsync(world));
        Assert.Equal(ActionStatus.InProgress, (await ActionAsync(world)).Status);

        Assert.Equal(HttpStatusCode.OK, (await ApplySamples.LogAsync(api, world.Lead, world, world.OpenAction, "InProgress", 55)).StatusCode);
        Assert.Equal(55, (await ActionAsync(world)).PercentComplete);
    }

    [Fact]
    public async Task An_action_of_another_project_or_tenant_is_not_found()
    {
        var world = await ApplySamples.ProjectAsync(api);
        var other = await ApplySamples.ProjectAsync(api);
        var ownProject = await Projects.StartAsync(api, world.Org, world.Lead);

        var elsewhere = await api.As(world.Lead).PostAsJsonAsync($"{Projects.PathOf(world.Org, ownProject)}/actions/{world.OpenAction}/progress",
            new { status = "Done", percentComplete = 100 }, Api.Json);
        await elsewhere.AssertProblemAsync(HttpStatusCode.NotFound);
        var stranger = await api.As(other.Lead).PostAsJsonAsync($"{Projects.PathOf(other.Org, world.Project)}/actions/{world.OpenAction}/progress",
            new { status = "Done", percentComplete = 100 }, Api.Json);
        await stranger.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await api.As(other.Lead).GetAsync($"{Projects.PathOf(other.Org, world.Project)}/apply")).StatusCode);
        Assert.Equal(0, await EntriesAsync(world));
    }

    private Task<PlanAction> ActionAsync(ApplyWorld world) =>
        ApplySamples.InTenantAsync(api, world.Org, db => db.PlanActions.AsNoTracking().SingleAsync(a => a.Id == world.OpenAction));

    private Task<int> EntriesAsync(ApplyWorld world) =>
        ApplySamples.InTenantAsync(api, world.Org, db => db.ActionProgress.CountAsync(p => p.ProjectId == world.Project));
}
