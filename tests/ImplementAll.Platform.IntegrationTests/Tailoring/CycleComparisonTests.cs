using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

[Collection(PlatformCollection.Name)]
public sealed class CycleComparisonTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task The_comparison_shows_each_cycles_choices_actions_indicators_nomad_scores_and_reflection()
    {
        var world = await ApplySamples.ProjectAsync(api);
        Assert.Equal(HttpStatusCode.OK, (await ApplySamples.MeasureAsync(api, world.Owner, world, "2026-09-20", 20)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ApplySamples.MeasureAsync(api, world.Owner, world, "2026-10-01", 25)).StatusCode);
        await ApplySamples.WaveAsync(api, world, cycle: 1, score: 2);
        await ApplySamples.StartNextCycleAsync(api, world);
        var copied = await ApplySamples.InTenantAsync(api, world.Org, db => db.PlanActions.Where(a => a.ProjectId == world.Project && a.Cycle == 2).Select(a => a.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await ApplySamples.LogAsync(api, world.Owner, world, copied, "Done", 100)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ApplySamples.MeasureAsync(api, world.Owner, world, ApplySamples.Today(api), 45)).StatusCode);
        await ApplySamples.WaveAsync(api, world, cycle: 2, score: 4);

        var cycles = (await api.As(world.Observer).GetFromJsonAsync<JsonElement>($"{world.Path}/cycles", Api.Json)).EnumerateArray().ToList();

        Assert.Equal([1, 2], cycles.Select(c => c.GetProperty("number").GetInt32()).ToList());
        var (first, second) = (cycles[0], cycles[1]);
        Assert.Equal(("Nurses lack time", "Protected time"), (Only(first, "prioritisedBarriers", "title"), Only(first, "selectedStrategies", "title")));
        Assert.Equal(("Nurses lack time", "Protected time"), (Only(second, "prioritisedBarriers", "title"), Only(second, "selectedStrategies", "title")));
        Assert.Equal((1, 3, 1), Tally(first));
        Assert.Equal((1, 1, 0), Tally(second));
        Assert.Equal((25d, "OffTrack"), Latest(first));
        Assert.Equal((45d, "OnTrack"), Latest(second));
        Assert.Equal((2d, 4d), (Coherence(first), Coherence(second)));
        Assert.Equal(("Training worked; reporting lags.", ""), (first.GetProperty("reflection").GetString(), second.GetProperty("reflection").GetString()));

        var one = await api.As(world.Observer).GetFromJsonAsync<JsonElement>($"{world.Path}/cycles/2", Api.Json);
        Assert.Equal(2, one.GetProperty("number").GetInt32());
        await (await api.As(world.Observer).GetAsync($"{world.Path}/cycles/3")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_cycles_page_shows_both_cycles_side_by_side()
    {
        var world = await ApplySamples.ProjectAsync(api);
        Assert.Equal(HttpStatusCode.OK, (await ApplySamples.MeasureAsync(api, world.Owner, world, "2026-10-01", 25)).StatusCode);
        await ApplySamples.StartNextCycleAsync(api, world);

        var html = WebUtility.HtmlDecode(await api.As(world.Observer).GetStringAsync($"/t/{world.Org.Slug}/projects/{world.Project}/cycles"));

        Assert.Contains("Cycle 1", html);
        Assert.Contains("Cycle 2", html);
        Assert.Contains("<td>1 / 3</td>", html);
        Assert.Contains("<td>0 / 1</td>", html);
        Assert.Contains("Training worked; reporting lags.", html);
    }

    private static string Only(JsonElement cycle, string list, string field) =>
        Assert.Single(cycle.GetProperty(list).EnumerateArray()).GetProperty(field).GetString()!;

    private static (int, int, int) Tally(JsonElement cycle)
    {
        var actions = cycle.GetProperty("actions");
        return (actions.GetProperty("done").GetInt32(), actions.GetProperty("total").GetInt32(), actions.GetProperty("overdue").GetInt32());
    }

    private static (double, string) Latest(JsonElement cycle)
    {
        var latest = Assert.Single(cycle.GetProperty("indicators").EnumerateArray()).GetProperty("latest");
        return (latest.GetProperty("latest").GetDouble(), latest.GetProperty("standing").GetString()!);
    }

    private static double Coherence(JsonElement cycle) => Assert.Single(cycle.GetProperty("normalisationWaves").EnumerateArray())
        .GetProperty("constructs").EnumerateArray().Single(c => c.GetProperty("constructId").GetString() == "nomad-coherence").GetProperty("score").GetDouble();
}
