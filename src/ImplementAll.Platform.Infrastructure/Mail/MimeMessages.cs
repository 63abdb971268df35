using ImplementAll.Platform.Core.Mail;
using MimeKit;

namespace ImplementAll.Platform.Infrastructure.Mail;

internal static class MimeMessages
{
    public static MimeMessage Build(MailMessageToSend message, string from)
    {
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Body = body.ToMessageBody(),
            // A stable id lets a receiving system drop the duplicate if a retried job sends the same message twice.
            MessageId = $"{message.MessageId:N}@implementall.platform",
        };
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        return mime;
    }
}
