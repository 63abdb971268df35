using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Jobs;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Dashboard;

/// <summary>
/// Daily: fans the project reminders out to every tenant with an overdue action or an open survey. Each tenant job
/// decides from the database what is due, so running the sweep twice, or after a restart, sends nothing twice.
/// </summary>
[Recurring("0 7 * * *")]
public sealed class ProjectReminderSweep(PlatformDbContext db, TenantJobs jobs, TimeProvider clock) : IPlatformJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var withOverdue = await db.PlanActions.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(a => (a.Status == ActionStatus.Planned || a.Status == ActionStatus.InProgress) && a.DueOn < today)
            .Select(a => a.TenantId).Distinct().ToListAsync(cancellationToken);
        var withOpenSurveys = await db.Surveys.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(s => s.Status == SurveyStatus.Open && (s.ClosesAt == null || s.ClosesAt > now))
            .Select(s => s.TenantId).Distinct().ToListAsync(cancellationToken);
        withOverdue.ForEach(tenant => jobs.EnqueueFor<OverdueActionReminders>(tenant, tenant));
        withOpenSurveys.ForEach(tenant => jobs.EnqueueFor<OpenSurveyReminders>(tenant, tenant));
    }
}
