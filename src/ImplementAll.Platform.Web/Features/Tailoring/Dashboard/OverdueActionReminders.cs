using System.Globalization;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Mail;
using ImplementAll.Platform.Web.Features.Shared;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Jobs;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Dashboard;

/// <summary>
/// Reminds owners of overdue actions in one tenant's projects: one mail per owner listing their overdue actions, and
/// at most one reminder per action per ISO week. The reminder marks and the mail are written in one commit (the mail
/// is an outbox row), and the marks' unique index means a second run, or a run after a crash, sends nothing twice.
/// </summary>
public sealed class OverdueActionReminders(PlatformDbContext db, Mailbox mailbox, Links links, TimeProvider clock) : ITenantJob
{
    public async Task RunAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var period = WeekOf(now);
        var overdue = await db.PlanActions
            .Where(a => (a.Status == ActionStatus.Planned || a.Status == ActionStatus.InProgress) && a.DueOn < today)
            .Join(db.Projects.Where(p => p.ArchivedAt == null), a => new { a.ProjectId, a.Cycle }, p => new { ProjectId = p.Id, Cycle = p.CurrentCycle },
                (a, p) => new { Action = a, Project = p.Title })
            .Where(x => !db.ProjectReminders.Any(r => r.Kind == ReminderKind.OverdueAction && r.SubjectId == x.Action.Id && r.Period == period))
            .Join(db.Users, x => x.Action.OwnerUserId, u => u.Id, (x, u) => new { x.Action, x.Project, u.Email, u.DisplayName })
            .ToListAsync(cancellationToken);
        if (overdue.Count == 0)
        {
            return;
        }

        var slug = await db.Tenants.Where(t => t.Id == id).Select(t => t.Slug).SingleAsync(cancellationToken);
        foreach (var owner in overdue.GroupBy(x => (x.Email, x.DisplayName)))
        {
            var list = string.Join("\n", owner.OrderBy(x => x.Action.DueOn).Select(x =>
                $"- {x.Action.What} ({x.Project}), due {x.Action.DueOn:yyyy-MM-dd}: {links.Absolute($"/t/{slug}/projects/{x.Action.ProjectId}/apply")}"));
            mailbox.Queue(owner.Key.Email, $"{owner.Count()} overdue action(s) in your implementation projects",
                $"""
                Hello {owner.Key.DisplayName},

                These actions you own are past their due date:

                {list}

                Log your progress, or agree a new date with the project's facilitator.
                """);
        }

        db.ProjectReminders.AddRange(overdue.Select(x => new ProjectReminder
        {
            ProjectId = x.Action.ProjectId, Kind = ReminderKind.OverdueAction, SubjectId = x.Action.Id, Period = period, SentAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        mailbox.SendQueued();
    }

    public static string WeekOf(DateTime at) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(at)}-W{ISOWeek.GetWeekOfYear(at):00}");
}
