using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.IntegrationTests.Support;
using ImplementAll.Platform.Web.Features.Tailoring.Dashboard;
using ImplementAll.Platform.Web.Platform.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

[Collection(PlatformCollection.Name)]
public sealed class DashboardTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task The_dashboard_shows_overdue_actions_latest_indicators_and_where_the_cycle_stands()
    {
        var (org, lead, projectId, leadId) = await ProjectWithOverdueActionAsync();
        await api.InTenantAsync(org.Id, async db =>
        {
            var indicator = new SuccessIndicator { ProjectId = projectId, Cycle = 1, OutcomeId = "proctor-adoption", Name = "Nurses using the app", Unit = "%", Baseline = 10, Target = 60, OwnerUserId = leadId };
            db.Indicators.Add(indicator);
            db.IndicatorMeasurements.Add(new IndicatorMeasurement { ProjectId = projectId, IndicatorId = indicator.Id, Cycle = 1, MeasuredOn = new DateOnly(2026, 10, 1), Value = 20, RecordedByUserId = leadId });
            db.IndicatorMeasurements.Add(new IndicatorMeasurement { ProjectId = projectId, IndicatorId = indicator.Id, Cycle = 1, MeasuredOn = new DateOnly(2026, 11, 1), Value = 40, RecordedByUserId = leadId });
            return await db.SaveChangesAsync();
        });

        var status = await Projects.GetAsync(api, org, lead, projectId, "/dashboard");

        Assert.Equal("Identify", status.GetProperty("currentModule").GetString());
        Assert.Equal(2, status.GetProperty("actions").GetProperty("total").GetInt32());
        Assert.Equal(1, status.GetProperty("actions").GetProperty("overdue").GetInt32());
        var overdue = Assert.Single(status.GetProperty("overdueActions").EnumerateArray());
        Assert.Equal("Train the night shift", overdue.GetProperty("what").GetString());
        var indicator = Assert.Single(status.GetProperty("indicators").EnumerateArray());
        Assert.Equal(40, indicator.GetProperty("latest").GetDouble());
        Assert.True(indicator.GetProperty("onTrack").GetBoolean());

        var page = await api.As(lead).GetStringAsync($"/t/{org.Slug}/projects/{projectId}");
        Assert.Contains("Train the night shift", page);
        Assert.Contains("Nurses using the app", page);
    }

    [Theory]
    [InlineData(10, 60, 35, true)]
    [InlineData(10, 60, 34, false)]
    [InlineData(30, 10, 20, true)]
    [InlineData(30, 10, 25, false)]
    [InlineData(5, 5, 5, true)]
    public void On_track_means_half_the_way_from_baseline_to_target_in_the_targets_direction(double baseline, double target, double latest, bool onTrack) =>
        Assert.Equal(onTrack, ProjectDashboard.IsOnTrack(baseline, target, latest));

    [Fact]
    public async Task Owners_of_overdue_actions_get_one_reminder_per_week_however_often_the_job_runs()
    {
        var (org, lead, _, _) = await ProjectWithOverdueActionAsync();
        var runner = factory.Services.GetRequiredService<TenantJobRunner<OverdueActionReminders>>();
        int Reminders() => factory.Mail.Sent.Count(m => m.To == lead.Email.ToLowerInvariant() && m.Subject.Contains("overdue action"));

        await runner.RunAsync(org.Id, org.Id, CancellationToken.None);
        await runner.RunAsync(org.Id, org.Id, CancellationToken.None);
        await SendQueuedMailAsync(org);
        Assert.Equal(1, Reminders());
        var mail = factory.Mail.Sent.Last(m => m.To == lead.Email.ToLowerInvariant());
        Assert.Contains("Train the night shift", mail.TextBody);
        Assert.DoesNotContain("Buy tablets", mail.TextBody);

        factory.Clock.Advance(TimeSpan.FromDays(7));
        try
        {
            await runner.RunAsync(org.Id, org.Id, CancellationToken.None);
            await SendQueuedMailAsync(org);
            Assert.Equal(2, Reminders());
        }
        finally
        {
            factory.Clock.Advance(TimeSpan.FromDays(-7));
        }

        var marks = await api.InTenantAsync(org.Id, db => db.ProjectReminders.CountAsync());
        Assert.Equal(2, marks);
    }

    [Fact]
    public async Task Another_organisation_cannot_read_the_dashboard()
    {
        var (org, _, projectId, _) = await ProjectWithOverdueActionAsync();
        var stranger = TestPerson.New("Stranger");
        var other = await api.RegisterAsync(stranger);

        Assert.Equal(HttpStatusCode.NotFound, (await api.As(stranger).GetAsync(Projects.PathOf(other, projectId) + "/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.As(stranger).GetAsync(Projects.PathOf(org, projectId) + "/dashboard")).StatusCode);
    }

    private async Task<(OrgRef Org, TestPerson Lead, Guid ProjectId, Guid LeadId)> ProjectWithOverdueActionAsync()
    {
        var lead = TestPerson.New("Lead");
        var org = await api.RegisterAsync(lead);
        var projectId = await Projects.StartAsync(api, org, lead, Projects.Input(startsOn: "2026-09-01"));
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var leadId = (await api.MembersAsync(org, lead)).Single().UserId;
        await api.InTenantAsync(org.Id, async db =>
        {
            db.PlanActions.Add(new PlanAction { ProjectId = projectId, Cycle = 1, What = "Train the night shift", OwnerUserId = leadId, StartsOn = today.AddDays(-20), DueOn = today.AddDays(-3) });
            db.PlanActions.Add(new PlanAction { ProjectId = projectId, Cycle = 1, What = "Buy tablets", OwnerUserId = leadId, StartsOn = today.AddDays(-20), DueOn = today.AddDays(10) });
            return await db.SaveChangesAsync();
        });
        return (org, lead, projectId, leadId);
    }

    private async Task SendQueuedMailAsync(OrgRef org)
    {
        var mails = await api.InTenantAsync(org.Id, db => db.OutgoingMails.Where(m => m.SentAt == null).Select(m => m.Id).ToListAsync());
        var sender = factory.Services.GetRequiredService<TenantJobRunner<Web.Features.Mail.SendOutgoingMail>>();
        foreach (var mail in mails)
        {
            await sender.RunAsync(org.Id, mail, CancellationToken.None);
        }
    }
}
