using Hangfire;
using ImplementAll.Platform.Core.Tenancy;

namespace ImplementAll.Platform.Web.Platform.Jobs;

/// <summary>
/// Work for one tenant that runs in the background. It receives only an id; the tenant is set on a fresh scope before
/// the job is resolved, so the job's queries see that tenant's rows and nobody else's, with no HTTP context to rely on.
/// Jobs must be idempotent: a sweep may enqueue the same work again after a restart.
/// </summary>
public interface ITenantJob
{
    Task RunAsync(Guid id, CancellationToken cancellationToken);
}

/// <summary>The only entry point Hangfire calls for tenant work; its arguments are the tenant id and the subject id, nothing else.</summary>
public sealed class TenantJobRunner<TJob>(IServiceScopeFactory scopes)
    where TJob : ITenantJob
{
    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(Guid tenantId, Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenantId);
        await scope.ServiceProvider.GetRequiredService<TJob>().RunAsync(id, cancellationToken);
    }
}

/// <summary>Schedules tenant jobs for the tenant of the current unit of work.</summary>
public sealed class TenantJobs(IBackgroundJobClient client, ITenantContext tenant)
{
    public string Enqueue<TJob>(Guid id)
        where TJob : ITenantJob =>
        EnqueueFor<TJob>(tenant.RequiredTenantId, id);

    public string EnqueueFor<TJob>(Guid tenantId, Guid id)
        where TJob : ITenantJob =>
        client.Enqueue<TenantJobRunner<TJob>>(r => r.RunAsync(tenantId, id, CancellationToken.None));
}
