using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImplementAll.Platform.IntegrationTests.Support;
using ImplementAll.Platform.Web.Features.Tailoring.Apply;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

[Collection(PlatformCollection.Name)]
public sealed class ApplyMeasurementTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task A_measurement_is_stored_with_the_current_cycle_and_shown_against_baseline_and_target()
    {
        var world = await ApplySamples.ProjectAsync(api);

        var response = await ApplySamples.MeasureAsync(api, world.Owner, world, "2026-10-01", 35, "First audit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await ApplySamples.InTenantAsync(api, world.Org, db => db.IndicatorMeasurements.SingleAsync(m => m.IndicatorId == world.Indicator));
        Assert.Equal((1, new DateOnly(2026, 10, 1), 35d, "First audit"), (stored.Cycle, stored.MeasuredOn, stored.Value, stored.Note));
        var board = await api.As(world.Observer).GetFromJsonAsync<JsonElement>($"{world.Path}/apply", Api.Json);
        var latest = board.GetProperty("indicators")[0].GetProperty("latest");
        Assert.Equal((35d, 0.625, "OnTrack"), (latest.GetProperty("latest").GetDouble(), latest.GetProperty("progress").GetDouble(), latest.GetProperty("standing").GetString()));
    }

    [Theory]
    [InlineData("2026-08-31", 20d, "measuredOn", "The date cannot be before the project starts (2026-09-01).")]
    [InlineData("2099-01-01", 20d, "measuredOn", "The date cannot be in the future.")]
    [InlineData(null, 20d, "measuredOn", "Give the date of the measurement.")]
    [InlineData("2026-10-01", null, "value", "Give the measured value.")]
    public async Task A_bad_measurement_gets_400_beside_its_field_and_nothing_is_stored(string? measuredOn, double? value, string field, string message)
    {
        var world = await ApplySamples.ProjectAsync(api);

        var response = await ApplySamples.MeasureAsync(api, world.Owner, world, measuredOn!, value);

        Assert.Equal([message], (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors(field));
        Assert.Equal(0, await CountAsync(world));
    }

    [Fact]
    public async Task A_measurement_for_today_is_accepted_and_observers_cannot_record()
    {
        var world = await ApplySamples.ProjectAsync(api);

        Assert.Equal(HttpStatusCode.OK, (await ApplySamples.MeasureAsync(api, world.Owner, world, ApplySamples.Today(api), 12)).StatusCode);
        await (await ApplySamples.MeasureAsync(api, world.Observer, world, ApplySamples.Today(api), 13)).AssertProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(1, await CountAsync(world));
    }

    [Fact]
    public async Task Facilitators_and_leads_delete_a_measurement_team_members_do_not()
    {
        var world = await ApplySamples.ProjectAsync(api);
        var id = await (await ApplySamples.MeasureAsync(api, world.Owner, world, "2026-10-01", 35)).Content.ReadFromJsonAsync<Guid>(Api.Json);

        await (await api.As(world.Owner).DeleteAsync($"{world.Path}/measurements/{id}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(1, await CountAsync(world));

        Assert.Equal(HttpStatusCode.NoContent, (await api.As(world.Lead).DeleteAsync($"{world.Path}/measurements/{id}")).StatusCode);
        Assert.Equal(0, await CountAsync(world));
        await (await api.As(world.Lead).DeleteAsync($"{world.Path}/measurements/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(10, 50, 29, Standing.OffTrack)]
    [InlineData(10, 50, 30, Standing.OnTrack)]
    [InlineData(10, 50, 50, Standing.Reached)]
    [InlineData(10, 50, 5, Standing.OffTrack)]
    [InlineData(40, 20, 30, Standing.OnTrack)]
    [InlineData(40, 20, 31, Standing.OffTrack)]
    [InlineData(40, 20, 15, Standing.Reached)]
    [InlineData(7, 7, 7, Standing.Reached)]
    [InlineData(7, 7, 8, Standing.OffTrack)]
    public void On_track_means_at_least_half_way_from_baseline_towards_target_in_either_direction(double baseline, double target, double latest, Standing expected) =>
        Assert.Equal(expected, IndicatorStanding.Of(baseline, target, (new DateOnly(2026, 10, 1), latest)).Standing);

    private Task<int> CountAsync(ApplyWorld world) =>
        ApplySamples.InTenantAsync(api, world.Org, db => db.IndicatorMeasurements.CountAsync(m => m.ProjectId == world.Project));
}
