using Hangfire;
using Hangfire.Dashboard;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Web.Platform.Hosting;

using ImplementAll.Platform.Web.Platform.Identity;
using Microsoft.AspNetCore.Authentication;

namespace ImplementAll.Platform.Web.Platform.Jobs;

public static class JobsSetup
{
    public const string DashboardPath = "/jobs";

    public static void AddPlatformJobs(this WebApplicationBuilder builder, PlatformSetup setup)
    {
        builder.Services.AddHangfire((services, configuration) =>
        {
            configuration.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings()
                .UseFilter(new TenantJobFilter(services.GetRequiredService<ILogger<TenantJobFilter>>()));
            if (setup.Jobs == JobStore.SqlServer)
            {
                configuration.UseSqlServerStorage(setup.ConnectionString);
            }
            else
            {
                // In-memory storage forgets queued work on restart; the recurring sweeps re-derive it from the database.
                configuration.UseInMemoryStorage();
            }
        });

        if (builder.Configuration.GetValue("Jobs:RunServer", true))
        {
            builder.Services.AddHangfireServer(o => o.WorkerCount = builder.Configuration.GetValue("Jobs:Workers", Math.Max(2, Environment.ProcessorCount)));
        }

        builder.Services.AddScoped(typeof(TenantJobRunner<>));
        builder.Services.AddScoped<TenantJobs>();
    }

    /// <summary>
    /// Every platform job with a <see cref="RecurringAttribute"/> is (re)declared on each start, so what runs is what is
    /// deployed; sweeps among them re-derive pending work from the database after a restart.
    /// </summary>
    public static void ScheduleRecurringJobs(this WebApplication app)
    {
        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        var schedule = typeof(JobsSetup).GetMethod(nameof(Schedule), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        foreach (var type in typeof(JobsSetup).Assembly.GetTypes().Where(t => typeof(IPlatformJob).IsAssignableFrom(t) && !t.IsAbstract))
        {
            if (type.GetCustomAttributes(typeof(RecurringAttribute), false).SingleOrDefault() is RecurringAttribute attribute)
            {
                schedule.MakeGenericMethod(type).Invoke(null, [recurring, attribute.Cron]);
            }
        }
    }

    private static void Schedule<TJob>(IRecurringJobManager recurring, string cron)
        where TJob : IPlatformJob =>
        recurring.AddOrUpdate<TJob>(typeof(TJob).Name, j => j.RunAsync(CancellationToken.None), cron);

    /// <summary>The dashboard is for platform admins: anyone else is sent to sign in, or told there is nothing here.</summary>
    public static void UseJobsDashboard(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments(DashboardPath), branch => branch.Use(async (context, next) =>
        {
            var user = context.RequestServices.GetRequiredService<CurrentUser>();
            if (!user.IsAuthenticated)
            {
                await context.ChallengeAsync();
                return;
            }

            if (!user.Has(PlatformRoles.PlatformAdmin))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next(context);
        }));
        app.UseHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new PlatformAdminDashboardFilter()],
            DashboardTitle = "ImplementAll jobs",
            AppPath = "/",
        });
    }

    private sealed class PlatformAdminDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            context.GetHttpContext().RequestServices.GetRequiredService<CurrentUser>().Has(PlatformRoles.PlatformAdmin);
    }
}

/// <summary>Runs a platform job on a cron schedule.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RecurringAttribute(string cron) : Attribute
{
    public string Cron { get; } = cron;
}
