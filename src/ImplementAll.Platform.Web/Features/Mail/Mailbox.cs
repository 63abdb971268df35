using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Mail;
using ImplementAll.Platform.Web.Platform.Jobs;

namespace ImplementAll.Platform.Web.Features.Mail;

/// <summary>Queues mail as part of the current change; <see cref="SendQueuedAsync"/> hands it to the background sender after the commit.</summary>
public sealed class Mailbox(PlatformDbContext db, TenantJobs jobs, TimeProvider clock, ILogger<Mailbox> logger)
{
    private readonly List<OutgoingMail> queued = [];

    public void Queue(string to, string subject, string textBody, string? htmlBody = null)
    {
        var mail = new OutgoingMail { To = to, Subject = subject, TextBody = textBody, HtmlBody = htmlBody, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.OutgoingMails.Add(mail);
        queued.Add(mail);
    }

    public void SendQueued()
    {
        foreach (var mail in queued)
        {
            try
            {
                jobs.EnqueueFor<SendOutgoingMail>(mail.TenantId, mail.Id);
            }
            catch (Exception exception)
            {
                // The mail is safely stored; the outgoing-mail sweep will pick it up.
                logger.LogWarning(exception, "Could not enqueue mail {MailId}; the sweep will retry", mail.Id);
            }
        }

        queued.Clear();
    }
}
