using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Mail;
using ImplementAll.Platform.Web.Platform.Jobs;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Mail;

/// <summary>Sends one stored message. Idempotent: a message already sent, or not visible to this tenant, is left alone.</summary>
public sealed class SendOutgoingMail(PlatformDbContext db, IMailSender sender, TimeProvider clock) : ITenantJob
{
    public async Task RunAsync(Guid id, CancellationToken cancellationToken)
    {
        var mail = await db.OutgoingMails.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mail is null || mail.SentAt is not null)
        {
            return;
        }

        mail.Attempts++;
        try
        {
            await sender.SendAsync(new MailMessageToSend(mail.To, mail.Subject, mail.TextBody, mail.HtmlBody, mail.Id), cancellationToken);
            mail.SentAt = clock.GetUtcNow().UtcDateTime;
            mail.LastError = null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            mail.LastError = exception.Message.Length > 1000 ? exception.Message[..1000] : exception.Message;
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }
}
