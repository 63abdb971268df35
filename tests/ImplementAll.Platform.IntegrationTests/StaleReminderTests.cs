using ImplementAll.Platform.IntegrationTests.Support;
using ImplementAll.Platform.Web.Features.Practices;
using ImplementAll.Platform.Web.Platform.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImplementAll.Platform.IntegrationTests;

[Collection(PlatformCollection.Name)]
public sealed class StaleReminderTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task Owners_are_reminded_once_a_period_about_practices_unconfirmed_for_a_year()
    {
        var owner = TestPerson.New("Stale");
        var org = await api.RegisterAsync(owner);
        var id = await Practices.RegisterAsync(api, org, owner, Practices.CompleteInput("Old practice"));
        await Practices.PublishAsync(api, org, owner, id, await Practices.CuratorAsync(api));
        var runner = factory.Services.GetRequiredService<TenantJobRunner<StaleReminders>>();
        int Reminders() => factory.Mail.Sent.Count(m => m.To == owner.Email.ToLowerInvariant() && m.Subject.Contains("need confirming"));

        await runner.RunAsync(org.Id, org.Id, CancellationToken.None);
        await SendQueuedMailAsync(org);
        Assert.Equal(0, Reminders());
        factory.Clock.Advance(TimeSpan.FromDays(400));
        try
        {
            await runner.RunAsync(org.Id, org.Id, CancellationToken.None);
            await SendQueuedMailAsync(org);
            Assert.Equal(1, Reminders());

            await runner.RunAsync(org.Id, org.Id, CancellationToken.None);
            await SendQueuedMailAsync(org);
            Assert.Equal(1, Reminders());

            var view = await api.Anonymous().GetStringAsync($"/practices/{id}");
            Assert.Contains("not confirmed this entry for more than a year", view);

            await api.As(owner).PostAsync($"/api/v1/tenants/{org.Id}/practices/{id}/confirm", null);
            await runner.RunAsync(org.Id, org.Id, CancellationToken.None);
            await SendQueuedMailAsync(org);
            Assert.Equal(1, Reminders());
        }
        finally
        {
            factory.Clock.Advance(TimeSpan.FromDays(-400));
        }
    }

    private async Task SendQueuedMailAsync(OrgRef org)
    {
        var mails = await api.InDatabaseAsync(db => Task.FromResult(db.OutgoingMails.IgnoreQueryFilters([Core.Data.PlatformDbContext.TenantFilter])
            .Where(m => m.TenantId == org.Id && m.SentAt == null)
            .Select(m => m.Id).ToList()));
        var sender = factory.Services.GetRequiredService<TenantJobRunner<Web.Features.Mail.SendOutgoingMail>>();
        foreach (var mail in mails)
        {
            await sender.RunAsync(org.Id, mail, CancellationToken.None);
        }
    }
}
