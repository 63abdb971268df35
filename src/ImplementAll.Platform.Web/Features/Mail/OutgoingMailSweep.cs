using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Jobs;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Mail;

/// <summary>
/// Re-derives pending mail from the database and fans it out as one job per message under its own tenant, so mail
/// queued before a crash or restart (in-memory job storage forgets) is still sent.
/// </summary>
[Recurring("*/2 * * * *")]
public sealed class OutgoingMailSweep(PlatformDbContext db, TenantJobs jobs, TimeProvider clock) : IPlatformJob
{
    public const int MaxAttempts = 10;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Leave fresh mail to the job enqueued with it; pick up what has waited past a grace period.
        var before = clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
        var pending = await db.OutgoingMails.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(m => m.SentAt == null && m.Attempts < MaxAttempts && m.CreatedAt < before)
            .OrderBy(m => m.CreatedAt)
            .Select(m => new { m.TenantId, m.Id })
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var mail in pending)
        {
            jobs.EnqueueFor<SendOutgoingMail>(mail.TenantId, mail.Id);
        }
    }
}
