using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

/// <summary>Success indicators tied to Proctor's implementation outcomes from the reference data, with baseline and target.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DesignIndicatorTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task An_indicator_is_defined_changed_and_removed_and_shows_the_outcome_named_by_the_reference_data()
    {
        var (org, lead, project, leadId) = await ProjectAsync();
        var path = Projects.PathOf(org, project) + "/indicators";

        var id = await DesignSamples.AddIndicatorAsync(api, org, lead, project, DesignSamples.Indicator(leadId, "proctor-02", "Patients enrolled", 10, 60));
        var indicator = await IndicatorAsync(org, lead, project, id);
        Assert.Equal("Adoption", indicator.GetProperty("outcome").GetString());
        Assert.Equal(10, indicator.GetProperty("baseline").GetDouble());
        Assert.Equal(60, indicator.GetProperty("target").GetDouble());
        Assert.Equal(lead.Name, indicator.GetProperty("owner").GetString());

        var changed = await api.As(lead).PutAsJsonAsync($"{path}/{id}", DesignSamples.Indicator(leadId, "proctor-07", "Wards using it", 1, 4), Api.Json);
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        indicator = await IndicatorAsync(org, lead, project, id);
        Assert.Equal("Penetration", indicator.GetProperty("outcome").GetString());
        Assert.Equal(4, indicator.GetProperty("target").GetDouble());

        Assert.Equal(HttpStatusCode.NoContent, (await api.As(lead).DeleteAsync($"{path}/{id}")).StatusCode);
        Assert.Equal(0, await CountAsync(project));
    }

    [Theory]
    [InlineData("proctor-99")]
    [InlineData("proctor-svc-1")]
    [InlineData("eric-01")]
    public async Task An_outcome_that_is_not_one_of_Proctors_implementation_outcomes_is_refused(string outcomeId)
    {
        var (org, lead, project, leadId) = await ProjectAsync();

        var response = await api.As(lead).PostAsJsonAsync(Projects.PathOf(org, project) + "/indicators", DesignSamples.Indicator(leadId, outcomeId), Api.Json);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Choose one of Proctor's implementation outcomes (listed at /reference/proctor-outcomes)."], problem.FieldErrors("outcomeId"));
        Assert.Equal(0, await CountAsync(project));
    }

    [Fact]
    public async Task Baseline_target_and_owner_are_required_and_the_owner_must_be_on_the_team()
    {
        var (org, lead, project, _) = await ProjectAsync();
        var outsider = await api.AddMemberAsync(org, lead, TestPerson.New("Ines Outside"));
        var path = Projects.PathOf(org, project) + "/indicators";

        var missing = await api.As(lead).PostAsJsonAsync(path, new { outcomeId = "proctor-01", name = "Acceptability score" }, Api.Json);
        var offTeam = await api.As(lead).PostAsJsonAsync(path, DesignSamples.Indicator(outsider.UserId), Api.Json);

        var problem = await missing.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Give the baseline as a number."], problem.FieldErrors("baseline"));
        Assert.Equal(["Give the target as a number."], problem.FieldErrors("target"));
        Assert.Equal(["Every indicator needs an owner."], problem.FieldErrors("ownerUserId"));
        Assert.Equal(["The owner must be on the project team."], (await offTeam.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("ownerUserId"));
        Assert.Equal(0, await CountAsync(project));
    }

    [Fact]
    public async Task An_indicator_with_measurements_is_not_deleted()
    {
        var (org, lead, project, leadId) = await ProjectAsync();
        var id = await DesignSamples.AddIndicatorAsync(api, org, lead, project);
        await DesignSamples.InTenantAsync(factory, org, db =>
        {
            db.IndicatorMeasurements.Add(new IndicatorMeasurement
            {
                ProjectId = project, IndicatorId = id, Cycle = 1, MeasuredOn = new DateOnly(2026, 12, 31), Value = 24, RecordedByUserId = leadId,
                RecordedAt = DateTime.UtcNow,
            });
            return Task.CompletedTask;
        });

        var response = await api.As(lead).DeleteAsync($"{Projects.PathOf(org, project)}/indicators/{id}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("1 measurement", problem.GetProperty("detail").GetString());
        Assert.Equal(1, await CountAsync(project));
        Assert.Equal(1, (await IndicatorAsync(org, lead, project, id)).GetProperty("measurements").GetInt32());
    }

    [Fact]
    public async Task Team_members_read_indicators_but_only_facilitators_define_them()
    {
        var (org, lead, project, _) = await ProjectAsync();
        var member = TestPerson.New("Tilde Teammember");
        var memberId = (await api.AddMemberAsync(org, lead, member)).UserId;
        await Projects.AddToTeamAsync(api, org, lead, project, memberId);

        var response = await api.As(member).PostAsJsonAsync(Projects.PathOf(org, project) + "/indicators", DesignSamples.Indicator(memberId), Api.Json);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        var outcomes = await Projects.GetAsync(api, org, member, project, "/indicators/outcomes");
        Assert.Equal(["Acceptability", "Adoption", "Appropriateness", "Feasibility", "Fidelity", "Implementation cost", "Penetration", "Sustainability"],
            outcomes.GetProperty("outcomes").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        Assert.Equal("/reference/proctor-outcomes", outcomes.GetProperty("reference").GetString());
        Assert.Contains("Proctor", outcomes.GetProperty("sources")[0].GetProperty("citation").GetString());
    }

    private Task<(OrgRef Org, TestPerson Lead, Guid Project, Guid LeadId)> ProjectAsync() => DesignSamples.ProjectAsync(api, "Ivar Indicator");

    private Task<int> CountAsync(Guid project) =>
        api.InDatabaseAsync(db => db.Indicators.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).CountAsync(i => i.ProjectId == project));

    private async Task<JsonElement> IndicatorAsync(OrgRef org, TestPerson person, Guid project, Guid id) =>
        (await Projects.GetAsync(api, org, person, project, "/plan")).GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);
}
