using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

/// <summary>Module 3's actions through the API: every action has an owner on the team and dates inside the project.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DesignActionTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task An_action_is_added_changed_and_removed_in_the_current_cycle()
    {
        var (org, lead, project, leadId) = await ProjectAsync();
        var path = Projects.PathOf(org, project);

        var added = await api.As(lead).PostAsJsonAsync(path + "/plan/actions", DesignSamples.Action(leadId, "Train the ward nurses"), Api.Json);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var id = (await added.Content.ReadFromJsonAsync<JsonElement>(Api.Json)).GetProperty("id").GetGuid();
        Assert.EndsWith($"/plan/actions/{id}", added.Headers.Location!.OriginalString);
        var action = await ActionAsync(org, lead, project, id);
        Assert.Equal("Train the ward nurses", action.GetProperty("what").GetString());
        Assert.Equal(lead.Name, action.GetProperty("owner").GetString());
        Assert.Equal("Planned", action.GetProperty("status").GetString());

        var changed = await api.As(lead).PutAsJsonAsync($"{path}/plan/actions/{id}",
            DesignSamples.Action(leadId, "Train the ward nurses and the night shift", "2026-12-02", "2027-01-20"), Api.Json);
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        action = await ActionAsync(org, lead, project, id);
        Assert.Equal("Train the ward nurses and the night shift", action.GetProperty("what").GetString());
        Assert.Equal("2027-01-20", action.GetProperty("dueOn").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await api.As(lead).DeleteAsync($"{path}/plan/actions/{id}")).StatusCode);
        Assert.Equal(0, await DesignSamples.CountActionsAsync(api, project));
        await (await api.As(lead).DeleteAsync($"{path}/plan/actions/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_action_without_an_owner_is_refused_beside_the_owner_and_nothing_is_written()
    {
        var (org, lead, project, _) = await ProjectAsync();

        var response = await api.As(lead).PostAsJsonAsync(Projects.PathOf(org, project) + "/plan/actions",
            new { what = "Order tablets", startsOn = "2026-12-01", dueOn = "2026-12-10" }, Api.Json);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Every action needs an owner."], problem.FieldErrors("ownerUserId"));
        Assert.Equal(0, await DesignSamples.CountActionsAsync(api, project));
    }

    [Fact]
    public async Task An_owner_who_is_not_on_the_team_is_refused_even_as_a_member_of_the_organisation()
    {
        var (org, lead, project, _) = await ProjectAsync();
        var outsider = await api.AddMemberAsync(org, lead, TestPerson.New("Oskar Offteam"));

        var response = await api.As(lead).PostAsJsonAsync(Projects.PathOf(org, project) + "/plan/actions", DesignSamples.Action(outsider.UserId), Api.Json);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["The owner must be on the project team."], problem.FieldErrors("ownerUserId"));
        Assert.Equal(0, await DesignSamples.CountActionsAsync(api, project));
    }

    [Fact]
    public async Task A_due_date_before_the_start_is_refused_beside_the_due_date()
    {
        var (org, lead, project, leadId) = await ProjectAsync();

        var response = await api.As(lead).PostAsJsonAsync(Projects.PathOf(org, project) + "/plan/actions",
            DesignSamples.Action(leadId, startsOn: "2026-12-20", dueOn: "2026-12-10"), Api.Json);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["The due date cannot be before the start date."], problem.FieldErrors("dueOn"));
        Assert.Equal(0, await DesignSamples.CountActionsAsync(api, project));
    }

    [Fact]
    public async Task An_action_cannot_start_before_the_project_starts_nor_be_due_after_it_ends()
    {
        var input = new
        {
            title = "Bounded project", interventionName = "Video consultations", setting = "Outpatient clinic", targetGroup = "Patients",
            startsOn = "2026-12-01", endsOn = "2027-03-31",
        };
        var (org, lead, project, leadId) = await DesignSamples.ProjectAsync(api, "Lena Planner", input);
        var path = Projects.PathOf(org, project) + "/plan/actions";

        var early = await api.As(lead).PostAsJsonAsync(path, DesignSamples.Action(leadId, startsOn: "2026-11-30", dueOn: "2026-12-10"), Api.Json);
        var late = await api.As(lead).PostAsJsonAsync(path, DesignSamples.Action(leadId, startsOn: "2027-03-01", dueOn: "2027-04-01"), Api.Json);

        Assert.Equal(["An action cannot start before the project does (2026-12-01)."],
            (await early.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("startsOn"));
        Assert.Equal(["An action cannot be due after the project ends (2027-03-31)."],
            (await late.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("dueOn"));
        Assert.Equal(0, await DesignSamples.CountActionsAsync(api, project));
    }

    [Fact]
    public async Task Only_a_selected_strategy_of_the_current_cycle_can_be_linked()
    {
        var (org, lead, project, leadId) = await ProjectAsync();
        var shortlisted = await DesignSamples.StrategyAsync(factory, org, project, "Conduct educational meetings", selected: false);
        var selected = await DesignSamples.StrategyAsync(factory, org, project, "Audit and provide feedback", selected: true);
        var path = Projects.PathOf(org, project) + "/plan/actions";

        foreach (var strategy in new[] { shortlisted, Guid.NewGuid() })
        {
            var refused = await api.As(lead).PostAsJsonAsync(path, DesignSamples.Action(leadId, strategyId: strategy), Api.Json);
            Assert.Equal(["Link the action to one of this cycle's selected strategies, or to none."],
                (await refused.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("strategyId"));
        }

        Assert.Equal(0, await DesignSamples.CountActionsAsync(api, project));
        var linked = await DesignSamples.AddActionAsync(api, org, lead, project, DesignSamples.Action(leadId, strategyId: selected));
        Assert.Equal(selected, (await ActionAsync(org, lead, project, linked)).GetProperty("strategyId").GetGuid());
    }

    [Fact]
    public async Task An_earlier_cycles_action_is_history_and_cannot_be_changed_or_removed()
    {
        var (org, lead, project, leadId) = await ProjectAsync();
        var id = await DesignSamples.AddActionAsync(api, org, lead, project, DesignSamples.Action(leadId, "Cycle one action"));
        await DesignSamples.InTenantAsync(factory, org, async db => (await db.Projects.SingleAsync(p => p.Id == project)).CurrentCycle = 2);
        var path = $"{Projects.PathOf(org, project)}/plan/actions/{id}";

        var edit = await api.As(lead).PutAsJsonAsync(path, DesignSamples.Action(leadId, "Rewritten history"), Api.Json);
        var delete = await api.As(lead).DeleteAsync(path);

        await edit.AssertProblemAsync(HttpStatusCode.Conflict);
        await delete.AssertProblemAsync(HttpStatusCode.Conflict);
        var stored = await api.InDatabaseAsync(db => db.PlanActions.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).SingleAsync(a => a.Id == id));
        Assert.Equal("Cycle one action", stored.What);
        Assert.Equal(1, stored.Cycle);
    }

    [Fact]
    public async Task Only_the_owner_or_a_facilitator_changes_an_action_only_facilitators_remove_it_and_observers_add_none()
    {
        var (org, lead, project, leadId) = await ProjectAsync();
        var owner = TestPerson.New("Olga Owner");
        var colleague = TestPerson.New("Conrad Colleague");
        var observer = TestPerson.New("Otto Observer");
        var ownerId = (await api.AddMemberAsync(org, lead, owner)).UserId;
        await Projects.AddToTeamAsync(api, org, lead, project, ownerId);
        await Projects.AddToTeamAsync(api, org, lead, project, (await api.AddMemberAsync(org, lead, colleague)).UserId);
        await api.AddMemberAsync(org, lead, observer);
        var path = Projects.PathOf(org, project) + "/plan/actions";
        var id = await DesignSamples.AddActionAsync(api, org, owner, project, DesignSamples.Action(ownerId, "Owner's action"));

        await (await api.As(colleague).PutAsJsonAsync($"{path}/{id}", DesignSamples.Action(ownerId, "Colleague's edit"), Api.Json))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, (await api.As(owner).PutAsJsonAsync($"{path}/{id}", DesignSamples.Action(ownerId, "Owner's edit"), Api.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.As(lead).PutAsJsonAsync($"{path}/{id}", DesignSamples.Action(leadId, "Lead's edit"), Api.Json)).StatusCode);
        await (await api.As(owner).DeleteAsync($"{path}/{id}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await api.As(observer).PostAsJsonAsync(path, DesignSamples.Action(leadId, "Observer's action"), Api.Json)).AssertProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal("Lead's edit", (await ActionAsync(org, lead, project, id)).GetProperty("what").GetString());
        Assert.Equal(1, await DesignSamples.CountActionsAsync(api, project));
    }

    private Task<(OrgRef Org, TestPerson Lead, Guid Project, Guid LeadId)> ProjectAsync() => DesignSamples.ProjectAsync(api, "Dagny Planwright");

    private async Task<JsonElement> ActionAsync(OrgRef org, TestPerson person, Guid project, Guid id) =>
        (await Projects.GetAsync(api, org, person, project, "/plan")).GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == id);
}

/// <summary>Plans actions and indicators through the API, and puts in the modules 1 and 2 rows the plan builds on.</summary>
public static class DesignSamples
{
    public static object Action(
        Guid ownerUserId, string what = "Train the ward nurses", string startsOn = "2026-12-01", string dueOn = "2026-12-15", Guid? strategyId = null) =>
        new { what, ownerUserId, startsOn, dueOn, resources = "Two hours of training time, a demo kit", stakeholders = "Ward nurses, the COPD nurse", strategyId };

    public static object Indicator(Guid ownerUserId, string outcomeId = "proctor-02", string name = "Share of eligible patients enrolled", double? baseline = 10, double? target = 60) =>
        new { outcomeId, name, unit = "%", baseline, target, ownerUserId };

    /// <summary>An organisation whose owner starts a project (and so leads it), with the owner's user id.</summary>
    public static async Task<(OrgRef Org, TestPerson Lead, Guid Project, Guid LeadId)> ProjectAsync(Api api, string leadName, object? input = null)
    {
        var lead = TestPerson.New(leadName);
        var org = await api.RegisterAsync(lead);
        var project = await Projects.StartAsync(api, org, lead, input);
        return (org, lead, project, await UserIdAsync(api, org, lead));
    }

    public static async Task<Guid> UserIdAsync(Api api, OrgRef org, TestPerson person) =>
        (await api.MembersAsync(org, person)).Single(m => string.Equals(m.Email, person.Email, StringComparison.OrdinalIgnoreCase)).UserId;

    /// <summary>Adds an action (owned by <paramref name="person"/> unless <paramref name="input"/> says otherwise) and returns its id.</summary>
    public static async Task<Guid> AddActionAsync(Api api, OrgRef org, TestPerson person, Guid projectId, object? input = null) =>
        await AddAsync(api, person, Projects.PathOf(org, projectId) + "/plan/actions", input ?? Action(await UserIdAsync(api, org, person)));

    public static async Task<Guid> AddIndicatorAsync(Api api, OrgRef org, TestPerson person, Guid projectId, object? input = null) =>
        await AddAsync(api, person, Projects.PathOf(org, projectId) + "/indicators", input ?? Indicator(await UserIdAsync(api, org, person)));

    public static Task<int> CountActionsAsync(Api api, Guid projectId) =>
        api.InDatabaseAsync(db => db.PlanActions.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).CountAsync(a => a.ProjectId == projectId));

    /// <summary>A prioritised barrier with one strategy for it, written as modules 1 and 2 would leave them.</summary>
    public static async Task<Guid> StrategyAsync(PlatformFactory factory, OrgRef org, Guid projectId, string title, bool selected,
        string barrier = "Nurses have no time for telemonitoring", string rationale = "Feedback keeps the ward's attention on the alerts.")
    {
        var prioritised = new ProjectBarrier { ProjectId = projectId, Cycle = 1, Title = barrier, Priority = 1, Origin = BarrierOrigin.Custom };
        var strategy = new ProjectStrategy
        {
            ProjectId = projectId, Cycle = 1, BarrierId = prioritised.Id, Title = title, EricStrategyId = "eric-04", Shortlisted = true, Selected = selected,
            Rationale = rationale,
        };
        await InTenantAsync(factory, org, db =>
        {
            db.Barriers.Add(prioritised);
            db.ProjectStrategies.Add(strategy);
            return Task.CompletedTask;
        });
        return strategy.Id;
    }

    /// <summary>Changes rows directly, as the organisation's own unit of work does, and saves.</summary>
    public static async Task InTenantAsync(PlatformFactory factory, OrgRef org, Func<PlatformDbContext, Task> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        db.Tenant.Set(org.Id);
        await change(db);
        await db.SaveChangesAsync();
    }

    private static async Task<Guid> AddAsync(Api api, TestPerson person, string path, object input)
    {
        var response = await api.As(person).PostAsJsonAsync(path, input, Api.Json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json)).GetProperty("id").GetGuid();
    }
}
