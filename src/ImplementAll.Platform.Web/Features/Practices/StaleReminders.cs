using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.Web.Features.Mail;
using ImplementAll.Platform.Web.Features.Shared;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Jobs;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Practices;

/// <summary>
/// Reminds one tenant's owners and admins of published practices nobody has confirmed for a year. Idempotent per period:
/// a practice is reminded at most once a month until someone confirms it, which clears the mark.
/// </summary>
public sealed class StaleReminders(PlatformDbContext db, Mailbox mailbox, Links links, TimeProvider clock) : ITenantJob
{
    public static readonly TimeSpan RemindEvery = TimeSpan.FromDays(30);

    public async Task RunAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var staleBefore = now.AddYears(-1);
        var remindedBefore = now - RemindEvery;
        var stale = await db.Practices
            .Where(p => p.Status != PracticeStatus.Archived && p.RevisionNumber > 0 && p.LastConfirmedAt <= staleBefore)
            .Where(p => p.StaleReminderSentAt == null || p.StaleReminderSentAt <= remindedBefore)
            .OrderBy(p => p.Title)
            .ToListAsync(cancellationToken);
        if (stale.Count == 0)
        {
            return;
        }

        var tenant = await db.Tenants.Where(t => t.Id == id).Select(t => new { t.Name, t.Slug }).SingleAsync(cancellationToken);
        var recipients = await db.Memberships.Where(m => m.Role >= TenantRole.Admin).Select(m => m.User.Email).ToListAsync(cancellationToken);
        var list = string.Join("\n", stale.Select(p => $"- {p.Title}: {links.Absolute($"/t/{tenant.Slug}/practices/{p.Id}")}"));
        foreach (var recipient in recipients)
        {
            mailbox.Queue(recipient, $"{stale.Count} practice(s) of {tenant.Name} need confirming",
                $"""
                Hello,

                These practices of {tenant.Name} have not been confirmed as current for more than a year, so readers see them flagged as possibly out of date:

                {list}

                Open each one and choose "Confirm still current", or edit and resubmit it if something has changed.
                """);
        }

        stale.ForEach(p => p.StaleReminderSentAt = now);
        await db.SaveChangesAsync(cancellationToken);
        mailbox.SendQueued();
    }
}

/// <summary>Daily: fans the stale check out to every tenant that has a published practice.</summary>
[Recurring("0 6 * * *")]
public sealed class StaleReminderSweep(PlatformDbContext db, TenantJobs jobs, TimeProvider clock) : IPlatformJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var staleBefore = clock.GetUtcNow().UtcDateTime.AddYears(-1);
        var tenants = await db.Practices.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(p => p.Status != PracticeStatus.Archived && p.RevisionNumber > 0 && p.LastConfirmedAt <= staleBefore)
            .Select(p => p.TenantId).Distinct().ToListAsync(cancellationToken);
        foreach (var tenant in tenants)
        {
            jobs.EnqueueFor<StaleReminders>(tenant, tenant);
        }
    }
}
