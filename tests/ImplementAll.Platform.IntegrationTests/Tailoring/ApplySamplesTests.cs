using System.Net;
using System.Net.Http.Json;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

/// <summary>A project in module 4: its team, and cycle 1's goal, barriers, strategy, actions and indicator.</summary>
public sealed record ApplyWorld(
    OrgRef Org, TestPerson Lead, TestPerson Owner, TestPerson Colleague, TestPerson Observer, Guid Project, Guid OwnerId,
    Guid Barrier, Guid Candidate, Guid Strategy, Guid OpenAction, Guid DoneAction, Guid DroppedAction, Guid Indicator)
{
    public string Path => Projects.PathOf(Org, Project);
}

/// <summary>
/// Builds module 4's starting point. The plan's rows are written directly under the organisation's tenant, as modules
/// 1 to 3 would have left them; everything module 4 does goes through its API.
/// </summary>
public static class ApplySamples
{
    public const string StartsOn = "2026-09-01";

    public static async Task<ApplyWorld> ProjectAsync(Api api)
    {
        var lead = TestPerson.New("Lena Lead");
        var org = await api.RegisterAsync(lead);
        var project = await Projects.StartAsync(api, org, lead, Projects.Input(startsOn: StartsOn));
        var (owner, ownerId) = await TeamAsync(api, org, lead, project, "Otto Owner", "TeamMember");
        var (colleague, _) = await TeamAsync(api, org, lead, project, "Cora Colleague", "TeamMember");
        var (observer, _) = await TeamAsync(api, org, lead, project, "Olga Observer", "Observer");
        var leadId = (await api.MembersAsync(org, lead)).Single(m => m.Email == lead.Email.ToLowerInvariant() || m.Email == lead.Email).UserId;

        var goal = new ImplementationGoal { ProjectId = project, Cycle = 1, Text = "Patients report daily", MeasurableTarget = "80 % report daily" };
        var barrier = Barrier(project, "Nurses lack time", 1);
        var candidate = Barrier(project, "Unclear reimbursement", null);
        var strategy = new ProjectStrategy { ProjectId = project, Cycle = 1, BarrierId = barrier.Id, Title = "Protected time", Selected = true, Shortlisted = true };
        var open = Action(project, strategy.Id, "Train the nurses", ownerId, ActionStatus.InProgress, 40);
        var done = Action(project, strategy.Id, "Write the protocol", leadId, ActionStatus.Done, 100);
        var dropped = Action(project, null, "Buy tablets", leadId, ActionStatus.Dropped, 10);
        var indicator = new SuccessIndicator { ProjectId = project, Cycle = 1, OutcomeId = "adoption", Name = "Daily reporters", Unit = "%", Baseline = 10, Target = 50, OwnerUserId = leadId };
        await InTenantAsync(api, org, db =>
        {
            db.AddRange(goal, barrier, candidate, strategy, open, done, dropped, indicator);
            return Task.CompletedTask;
        });
        return new ApplyWorld(org, lead, owner, colleague, observer, project, ownerId, barrier.Id, candidate.Id, strategy.Id, open.Id, done.Id, dropped.Id, indicator.Id);
    }

    /// <summary>Reflects on the current cycle, marks module 4 done and starts the next cycle.</summary>
    public static async Task StartNextCycleAsync(Api api, ApplyWorld world, int current = 1)
    {
        var client = api.As(world.Lead);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PutAsJsonAsync($"{world.Path}/cycles/{current}/reflection", new { reflection = "Training worked; reporting lags." }, Api.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"{world.Path}/steps/Apply/complete", null)).StatusCode);
        var started = await client.PostAsync($"{world.Path}/cycles", null);
        Assert.True(started.StatusCode == HttpStatusCode.Created, await started.Content.ReadAsStringAsync());
    }

    public static Task<HttpResponseMessage> LogAsync(Api api, TestPerson person, ApplyWorld world, Guid action, string status, int percent, string note = "") =>
        api.As(person).PostAsJsonAsync($"{world.Path}/actions/{action}/progress", new { status, percentComplete = percent, note }, Api.Json);

    public static Task<HttpResponseMessage> MeasureAsync(Api api, TestPerson person, ApplyWorld world, string measuredOn, double? value, string note = "") =>
        api.As(person).PostAsJsonAsync($"{world.Path}/indicators/{world.Indicator}/measurements", new { measuredOn, value, note }, Api.Json);

    /// <summary>A measurement written directly, for a project whose start date the test clock has not reached.</summary>
    public static Task<Guid> MeasurementAsync(Api api, OrgRef org, Guid project, Guid indicator) => InTenantAsync(api, org, db =>
    {
        var measurement = new IndicatorMeasurement { ProjectId = project, IndicatorId = indicator, Cycle = 1, MeasuredOn = new DateOnly(2026, 12, 1), Value = 1 };
        db.IndicatorMeasurements.Add(measurement);
        return Task.FromResult(measurement.Id);
    });

    /// <summary>A closed NoMAD wave of the cycle in which one respondent scored one coherence item.</summary>
    public static Task WaveAsync(Api api, ApplyWorld world, int cycle, int score) => InTenantAsync(api, world.Org, db =>
    {
        var now = api.Factory.Clock.GetUtcNow().UtcDateTime;
        var survey = new Survey
        {
            ProjectId = world.Project, Cycle = cycle, Kind = SurveyKind.Normalisation, Title = $"Wave {cycle}", Status = SurveyStatus.Closed,
            CreatedAt = now, OpenedAt = now, ClosedAt = now,
        };
        var item = new SurveyItem { SurveyId = survey.Id, Order = 1, Code = "nomad-coherence-1", Group = "nomad-coherence", Text = "Placeholder item" };
        var invitee = new SurveyInvitee { SurveyId = survey.Id, Name = "Nurse", Email = $"nurse.{cycle}@test.example", SecretHash = "x", InvitedAt = now, RespondedAt = now };
        var response = new SurveyResponse { SurveyId = survey.Id, InviteeId = invitee.Id, SubmittedAt = now };
        var answer = new SurveyAnswer { SurveyId = survey.Id, ResponseId = response.Id, ItemId = item.Id, Dimension = RatingDimension.Agreement, Score = score };
        db.AddRange(survey, item, invitee, response, answer);
        return Task.CompletedTask;
    });

    public static string Today(Api api) => DateOnly.FromDateTime(api.Factory.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd");

    public static async Task<T> InTenantAsync<T>(Api api, OrgRef org, Func<PlatformDbContext, Task<T>> work)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        db.Tenant.Set(org.Id);
        var result = await work(db);
        await db.SaveChangesAsync();
        return result;
    }

    public static Task InTenantAsync(Api api, OrgRef org, Func<PlatformDbContext, Task> work) =>
        InTenantAsync(api, org, async db =>
        {
            await work(db);
            return true;
        });

    private static async Task<(TestPerson Person, Guid UserId)> TeamAsync(Api api, OrgRef org, TestPerson lead, Guid project, string name, string role)
    {
        var person = TestPerson.New(name);
        var member = await api.AddMemberAsync(org, lead, person);
        await Projects.AddToTeamAsync(api, org, lead, project, member.UserId, role);
        return (person, member.UserId);
    }

    private static ProjectBarrier Barrier(Guid project, string title, int? priority) =>
        new() { ProjectId = project, Cycle = 1, Title = title, Origin = BarrierOrigin.Custom, Priority = priority, CreatedAt = DateTime.UtcNow };

    private static PlanAction Action(Guid project, Guid? strategy, string what, Guid owner, ActionStatus status, int percent) => new()
    {
        ProjectId = project, Cycle = 1, StrategyId = strategy, What = what, OwnerUserId = owner, StartsOn = new DateOnly(2026, 9, 15),
        DueOn = new DateOnly(2026, 10, 1), Status = status, PercentComplete = percent,
        CompletedAt = status == ActionStatus.Done ? new DateTime(2026, 9, 30, 12, 0, 0, DateTimeKind.Utc) : null,
    };
}
