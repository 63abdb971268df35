using Hangfire;
using Hangfire.Client;
using Hangfire.Common;
using Hangfire.States;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.IntegrationTests.Support;
using ImplementAll.Platform.Web.Features.Mail;
using ImplementAll.Platform.Web.Platform.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImplementAll.Platform.IntegrationTests;

[Collection(PlatformCollection.Name)]
public sealed class JobTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task A_job_sees_its_own_tenants_data_and_only_that()
    {
        var ownerA = TestPerson.New("Jana");
        var a = await api.RegisterAsync(ownerA);
        var b = await api.RegisterAsync(TestPerson.New("Jorge"));
        var recipient = $"job.{Guid.NewGuid():N}@test.example";
        await api.InviteAsync(a, ownerA, recipient);
        var mailId = await api.InDatabaseAsync(db => db.OutgoingMails.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(m => m.To == recipient).Select(m => m.Id).SingleAsync());
        var runner = factory.Services.GetRequiredService<TenantJobRunner<SendOutgoingMail>>();

        // Run under the wrong tenant: the job cannot see A's message, so nothing is sent.
        await runner.RunAsync(b.Id, mailId, CancellationToken.None);
        Assert.DoesNotContain(factory.Mail.Sent, m => m.To == recipient);

        await runner.RunAsync(a.Id, mailId, CancellationToken.None);
        await runner.RunAsync(a.Id, mailId, CancellationToken.None);
        Assert.Single(factory.Mail.Sent, m => m.To == recipient);
        Assert.NotNull(await api.InDatabaseAsync(db => db.OutgoingMails.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(m => m.Id == mailId).Select(m => m.SentAt).SingleAsync()));
    }

    [Fact]
    public async Task The_sweep_re_derives_unsent_mail_from_the_database_per_tenant()
    {
        var owner = TestPerson.New("Swen");
        var org = await api.RegisterAsync(owner);
        var recipient = $"sweep.{Guid.NewGuid():N}@test.example";
        await api.InviteAsync(org, owner, recipient);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));

        var storage = new Hangfire.InMemory.InMemoryStorage();
        var client = new BackgroundJobClient(storage);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var sweep = ActivatorUtilities.CreateInstance<OutgoingMailSweep>(scope.ServiceProvider,
                new TenantJobs(client, scope.ServiceProvider.GetRequiredService<Core.Tenancy.ITenantContext>()));
            await sweep.RunAsync(CancellationToken.None);
        }

        var enqueued = storage.GetMonitoringApi().EnqueuedJobs("default", 0, 1000).Select(j => j.Value.Job).ToList();
        var mailId = await api.InDatabaseAsync(db => db.OutgoingMails.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(m => m.To == recipient).Select(m => m.Id).SingleAsync());
        var job = Assert.Single(enqueued, j => j.Args.Contains(mailId));
        Assert.Equal(typeof(TenantJobRunner<SendOutgoingMail>), job.Type);
        Assert.Equal(org.Id, job.Args[0]);
    }

    [Fact]
    public void The_job_filter_refuses_arguments_that_are_not_identifiers_and_records_the_tenant()
    {
        var storage = new Hangfire.InMemory.InMemoryStorage();
        var filters = new JobFilterCollection();
        var filter = ActivatorUtilities.CreateInstance<TenantJobFilter>(factory.Services);
        filters.Add(filter);
        var client = new BackgroundJobClient(storage, new BackgroundJobFactory(filters), new BackgroundJobStateChanger(filters));

        Assert.Throws<BackgroundJobClientException>(() => client.Enqueue<ObjectTakingJob>(j => j.Run(new { secret = "connection string" })));

        var tenantId = Guid.NewGuid();
        var id = client.Enqueue<TenantJobRunner<SendOutgoingMail>>(r => r.RunAsync(tenantId, Guid.NewGuid(), CancellationToken.None));
        using var connection = storage.GetConnection();
        Assert.Equal($"\"{tenantId}\"", connection.GetJobParameter(id, TenantJobFilter.TenantParameter));
    }

    public sealed class ObjectTakingJob
    {
        public void Run(object value) => GC.KeepAlive(value);
    }
}
