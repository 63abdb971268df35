using System.Net;
using ImplementAll.Platform.IntegrationTests.Support;
using ImplementAll.Platform.Web.Features.Tailoring.Dashboard;
using ImplementAll.Platform.Web.Platform.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

[Collection(PlatformCollection.Name)]
public sealed class SurveyReminderTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task Stakeholders_who_have_not_answered_get_one_reminder_a_week_with_a_link_that_replaces_the_old_one()
    {
        var lead = TestPerson.New("Lead");
        var org = await api.RegisterAsync(lead);
        var projectId = await Projects.StartAsync(api, org, lead);
        await Surveys.AddBarrierAsync(api, org, lead, projectId, "No time for training");
        var surveyId = await Surveys.CreateAsync(api, org, lead, projectId);
        var (quiet, answered) = ($"quiet.{Guid.NewGuid():N}@test.example", $"answered.{Guid.NewGuid():N}@test.example");
        await Surveys.InviteAsync(api, org, lead, projectId, surveyId, quiet, "Quiet Nurse");
        await Surveys.InviteAsync(api, org, lead, projectId, surveyId, answered, "Busy Manager");
        await Surveys.OpenAsync(api, org, lead, projectId, surveyId);
        var answeredToken = await Surveys.LinkTokenAsync(api, answered);
        Assert.Equal(HttpStatusCode.NoContent, (await Surveys.AnswerAsync(api, answeredToken, await Surveys.AnswersForAsync(api, answeredToken, [4, 2]))).StatusCode);
        var firstLink = await Surveys.LinkTokenAsync(api, quiet);
        var runner = factory.Services.GetRequiredService<TenantJobRunner<OpenSurveyReminders>>();
        Task<int> RemindersTo(string email) => api.InTenantAsync(org.Id, db => db.OutgoingMails.CountAsync(m => m.To == email && m.Subject.StartsWith("Reminder:")));

        await runner.RunAsync(org.Id, org.Id, CancellationToken.None);
        Assert.Equal(0, await RemindersTo(quiet));

        factory.Clock.Advance(TimeSpan.FromDays(4));
        try
        {
            await runner.RunAsync(org.Id, org.Id, CancellationToken.None);
            await runner.RunAsync(org.Id, org.Id, CancellationToken.None);
            Assert.Equal(1, await RemindersTo(quiet));
            Assert.Equal(0, await RemindersTo(answered));

            var newLink = await Surveys.LinkTokenAsync(api, quiet);
            Assert.NotEqual(firstLink, newLink);
            Assert.Equal(HttpStatusCode.NotFound, (await api.Anonymous().GetAsync($"/api/v1/surveys/{Uri.EscapeDataString(firstLink)}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync($"/api/v1/surveys/{Uri.EscapeDataString(newLink)}")).StatusCode);

            factory.Clock.Advance(TimeSpan.FromDays(7));
            await runner.RunAsync(org.Id, org.Id, CancellationToken.None);
            Assert.Equal(2, await RemindersTo(quiet));
        }
        finally
        {
            factory.Clock.Advance(TimeSpan.FromDays(-11));
        }

    }
}
