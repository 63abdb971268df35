using Hangfire.Client;
using Hangfire.Common;
using Hangfire.Server;

namespace ImplementAll.Platform.Web.Platform.Jobs;

/// <summary>
/// Carries the tenant of every tenant job as a job parameter (shown in the dashboard and logged when the job runs),
/// and refuses to enqueue a job whose arguments are anything but identifiers: whole objects or connection strings in
/// job storage would outlive the data they were read from and leak into the dashboard.
/// </summary>
public sealed class TenantJobFilter(ILogger<TenantJobFilter> logger) : JobFilterAttribute, IClientFilter, IServerFilter
{
    public const string TenantParameter = "TenantId";

    public void OnCreating(CreatingContext context)
    {
        foreach (var argument in context.Job.Args)
        {
            if (argument is not (null or Guid or int or long or CancellationToken or Enum or DateTime))
            {
                throw new InvalidOperationException(
                    $"Job {context.Job.Type.Name}.{context.Job.Method.Name} takes a {argument.GetType().Name}; jobs take identifiers only.");
            }
        }

        if (IsTenantJob(context.Job) && context.Job.Args[0] is Guid tenantId)
        {
            context.SetJobParameter(TenantParameter, tenantId);
        }
    }

    public void OnCreated(CreatedContext context)
    {
    }

    public void OnPerforming(PerformingContext context)
    {
        if (IsTenantJob(context.BackgroundJob.Job))
        {
            logger.LogInformation("Running {Job} for tenant {TenantId}", context.BackgroundJob.Job.Type.Name, context.GetJobParameter<Guid>(TenantParameter));
        }
    }

    public void OnPerformed(PerformedContext context)
    {
    }

    private static bool IsTenantJob(Job job) =>
        job.Type.IsGenericType && job.Type.GetGenericTypeDefinition() == typeof(TenantJobRunner<>);
}
