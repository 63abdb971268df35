using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Mail;
using ImplementAll.Platform.Web.Features.Tailoring.Consultation;
using ImplementAll.Platform.Web.Platform.Jobs;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Dashboard;

/// <summary>
/// Reminds people who have not yet answered an open survey, once per ISO week and not before they have had the survey
/// for <see cref="Grace"/>. Only hashes of link secrets are stored, so a reminder carries a fresh link that replaces
/// the earlier one. Marks, new secrets and mail commit together, so a rerun or a crash never sends twice.
/// </summary>
public sealed class OpenSurveyReminders(PlatformDbContext db, SurveyMail surveyMail, Mailbox mailbox, TimeProvider clock) : ITenantJob
{
    public static readonly TimeSpan Grace = TimeSpan.FromDays(3);

    public async Task RunAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var period = OverdueActionReminders.WeekOf(now);
        var invitedBefore = now - Grace;
        var pending = await db.SurveyInvitees
            .Where(i => i.RespondedAt == null && i.InvitedAt <= invitedBefore)
            .Join(db.Surveys.Where(s => s.Status == SurveyStatus.Open && (s.ClosesAt == null || s.ClosesAt > now)), i => i.SurveyId, s => s.Id,
                (i, s) => new { Invitee = i, Survey = s })
            .Join(db.Projects.Where(p => p.ArchivedAt == null), x => x.Survey.ProjectId, p => p.Id, (x, p) => new { x.Invitee, x.Survey, Project = p })
            .Where(x => !db.ProjectReminders.Any(r => r.Kind == ReminderKind.OpenSurvey && r.SubjectId == x.Invitee.Id && r.Period == period))
            .ToListAsync(cancellationToken);
        foreach (var x in pending)
        {
            var closes = x.Survey.ClosesAt is { } at ? $" It closes on {at:yyyy-MM-dd HH:mm} UTC." : "";
            mailbox.Queue(x.Invitee.Email, $"Reminder: {x.Survey.Title} — {x.Project.Title}",
                $"""
                Hello {x.Invitee.Name},

                The team of "{x.Project.Title}" would still like your view.{closes}

                Answer here (no account needed). This link replaces the one in earlier messages:
                {surveyMail.Link(x.Invitee)}
                """);
            x.Invitee.LastRemindedAt = now;
            db.ProjectReminders.Add(new ProjectReminder { ProjectId = x.Project.Id, Kind = ReminderKind.OpenSurvey, SubjectId = x.Invitee.Id, Period = period, SentAt = now });
        }

        if (pending.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            mailbox.SendQueued();
        }
    }
}
