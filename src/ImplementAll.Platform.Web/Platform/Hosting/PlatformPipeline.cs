using ImplementAll.Platform.Web.Features;
using ImplementAll.Platform.Web.Platform.Identity;
using ImplementAll.Platform.Web.Platform.Jobs;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

namespace ImplementAll.Platform.Web.Platform.Hosting;

public static class PlatformPipeline
{
    public static void UsePlatform(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        // API callers get problem details for bare status codes; people get a page in their language.
        app.UseWhen(c => AuthenticationSetup.IsApi(c.Request), api => api.UseStatusCodePages());
        app.UseWhen(c => !AuthenticationSetup.IsApi(c.Request) && !c.Request.Path.StartsWithSegments(JobsSetup.DashboardPath),
            ui => ui.UseStatusCodePagesWithReExecute("/status/{0}"));

        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<PlatformUserMiddleware>();
        app.UseMiddleware<TenantMiddleware>();
        app.UseAuthorization();
        app.UseJobsDashboard();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api/reference", o => o.WithTitle("ImplementAll Platform API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapApi();
        app.MapRazorPages();
        app.ScheduleRecurringJobs();
    }
}
