using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

[Collection(PlatformCollection.Name)]
public sealed class CycleTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task A_new_cycle_waits_for_module_4_to_be_done_which_waits_for_the_reflection()
    {
        var world = await ApplySamples.ProjectAsync(api);
        var lead = api.As(world.Lead);

        var early = await (await lead.PostAsync($"{world.Path}/cycles", null)).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("module 4 (Apply and review) is complete", early.GetProperty("detail").GetString());
        await (await lead.PostAsync($"{world.Path}/steps/Apply/complete", null)).AssertProblemAsync(HttpStatusCode.Conflict);
        var empty = await lead.PutAsJsonAsync($"{world.Path}/cycles/1/reflection", new { reflection = " " }, Api.Json);
        Assert.Equal(["Write what worked and what to adapt."], (await empty.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("reflection"));
        await (await api.As(world.Owner).PutAsJsonAsync($"{world.Path}/cycles/1/reflection", new { reflection = "Mine" }, Api.Json))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(1, (await Projects.GetAsync(api, world.Org, world.Lead, world.Project)).GetProperty("currentCycle").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, (await lead.PutAsJsonAsync($"{world.Path}/steps/Design", new { ownerUserId = world.OwnerId }, Api.Json)).StatusCode);

        await ApplySamples.StartNextCycleAsync(api, world);

        var project = await Projects.GetAsync(api, world.Org, world.Lead, world.Project);
        Assert.Equal(2, project.GetProperty("currentCycle").GetInt32());
        Assert.All(project.GetProperty("steps").EnumerateArray(), s => Assert.Equal(JsonValueKind.Null, s.GetProperty("completedAt").ValueKind));
        Assert.Equal(["Lena Lead", "Lena Lead", "Otto Owner", "Lena Lead"], project.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("ownerName").GetString()).ToList());
        var cycles = await CyclesAsync(world);
        Assert.NotNull(cycles.Single(c => c.Number == 1).ClosedAt);
        Assert.Null(cycles.Single(c => c.Number == 2).ClosedAt);
    }

    [Fact]
    public async Task A_new_cycle_starts_from_copies_that_point_at_each_other_and_leaves_cycle_1_as_it_was()
    {
        var world = await ApplySamples.ProjectAsync(api);
        var before = await SnapshotAsync(world, 1);

        await ApplySamples.StartNextCycleAsync(api, world);

        Assert.Equal(before, await SnapshotAsync(world, 1));
        var copy = await SnapshotAsync(world, 2);
        Assert.Equal(["Patients report daily"], copy.Goals);
        Assert.Equal([("Nurses lack time", (int?)1), ("Unclear reimbursement", null)], copy.Barriers.Select(b => (b.Title, b.Priority)).ToList());
        var strategy = Assert.Single(copy.Strategies);
        Assert.Equal(copy.Barriers.Single(b => b.Title == "Nurses lack time").Id, strategy.BarrierId);
        Assert.DoesNotContain(strategy.Id, before.Strategies.Select(s => s.Id));
        var action = Assert.Single(copy.Actions);
        Assert.Equal(("Train the nurses", world.OwnerId, strategy.Id, new DateOnly(2026, 10, 1), ActionStatus.InProgress, 40),
            (action.What, action.OwnerUserId, action.StrategyId, action.DueOn, action.Status, action.PercentComplete));

        Assert.Equal(HttpStatusCode.OK, (await ApplySamples.LogAsync(api, world.Owner, world, action.Id, "Done", 100)).StatusCode);
        Assert.Equal(before, await SnapshotAsync(world, 1));
        Assert.Equal(ActionStatus.Done, (await SnapshotAsync(world, 2)).Actions.Single().Status);
    }

    [Fact]
    public async Task Once_cycle_2_began_cycle_1_is_history_and_refuses_changes_with_409()
    {
        var world = await ApplySamples.ProjectAsync(api);
        var measurement = await (await ApplySamples.MeasureAsync(api, world.Owner, world, "2026-10-01", 20)).Content.ReadFromJsonAsync<Guid>(Api.Json);
        await ApplySamples.StartNextCycleAsync(api, world);
        var before = await SnapshotAsync(world, 1);

        await (await ApplySamples.LogAsync(api, world.Owner, world, world.OpenAction, "Done", 100)).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await api.As(world.Lead).PutAsJsonAsync($"{world.Path}/cycles/1/reflection", new { reflection = "Rewritten" }, Api.Json))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        await (await api.As(world.Lead).DeleteAsync($"{world.Path}/measurements/{measurement}")).AssertProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(before, await SnapshotAsync(world, 1));
        Assert.Equal("Training worked; reporting lags.", (await CyclesAsync(world)).Single(c => c.Number == 1).Reflection);
        Assert.Equal(1, await ApplySamples.InTenantAsync(api, world.Org, db => db.IndicatorMeasurements.CountAsync(m => m.Id == measurement)));
        Assert.Equal(0, await ApplySamples.InTenantAsync(api, world.Org, db => db.ActionProgress.CountAsync(p => p.ProjectId == world.Project)));
    }

    [Fact]
    public async Task Starting_a_cycle_needs_a_facilitator_or_lead()
    {
        var world = await ApplySamples.ProjectAsync(api);

        await (await api.As(world.Owner).PostAsync($"{world.Path}/cycles", null)).AssertProblemAsync(HttpStatusCode.Forbidden);

        Assert.Single(await CyclesAsync(world));
    }

    private Task<List<ProjectCycle>> CyclesAsync(ApplyWorld world) =>
        ApplySamples.InTenantAsync(api, world.Org, db => db.ProjectCycles.AsNoTracking().Where(c => c.ProjectId == world.Project).ToListAsync());

    /// <summary>A cycle's rows as values, so two snapshots are equal only when nothing in them changed.</summary>
    private Task<CycleRows> SnapshotAsync(ApplyWorld world, int cycle) => ApplySamples.InTenantAsync(api, world.Org, async db =>
        new CycleRows(
            await db.Goals.Where(g => g.ProjectId == world.Project && g.Cycle == cycle).Select(g => g.Text).ToListAsync(),
            await db.Barriers.Where(b => b.ProjectId == world.Project && b.Cycle == cycle).OrderBy(b => b.Title)
                .Select(b => new BarrierRow(b.Id, b.Title, b.Priority)).ToListAsync(),
            await db.ProjectStrategies.Where(s => s.ProjectId == world.Project && s.Cycle == cycle)
                .Select(s => new StrategyRow(s.Id, s.BarrierId, s.Title, s.Selected)).ToListAsync(),
            await db.PlanActions.Where(a => a.ProjectId == world.Project && a.Cycle == cycle).OrderBy(a => a.What)
                .Select(a => new ActionRow(a.Id, a.What, a.OwnerUserId, a.StrategyId, a.DueOn, a.Status, a.PercentComplete)).ToListAsync()));

    private sealed record BarrierRow(Guid Id, string Title, int? Priority);

    private sealed record StrategyRow(Guid Id, Guid BarrierId, string Title, bool Selected);

    private sealed record ActionRow(Guid Id, string What, Guid OwnerUserId, Guid? StrategyId, DateOnly DueOn, ActionStatus Status, int PercentComplete);

    private sealed record CycleRows(List<string> Goals, List<BarrierRow> Barriers, List<StrategyRow> Strategies, List<ActionRow> Actions)
    {
        public bool Equals(CycleRows? other) => other is not null && Goals.SequenceEqual(other.Goals) && Barriers.SequenceEqual(other.Barriers)
            && Strategies.SequenceEqual(other.Strategies) && Actions.SequenceEqual(other.Actions);

        public override int GetHashCode() => HashCode.Combine(Goals.Count, Barriers.Count, Strategies.Count, Actions.Count);
    }
}
