using ImplementAll.Platform.AdapterTests.Support;
using ImplementAll.Platform.Core.Mail;
using ImplementAll.Platform.Infrastructure.Mail;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ImplementAll.Platform.AdapterTests.Mail;

[Collection(SmtpSinkCollection.Name)]
public sealed class SmtpMailSenderTests(SmtpSinkFixture sink)
{
    [Fact]
    public async Task A_sent_message_arrives_with_its_subject_recipient_body_and_message_id()
    {
        var id = Guid.NewGuid();
        var sender = new SmtpMailSender(Options.Create(new MailOptions
        {
            Transport = MailTransport.Smtp,
            From = "Platform <no-reply@implementall.test>",
            SmtpHost = "127.0.0.1",
            SmtpPort = sink.Port,
            SmtpUseStartTls = false,
        }));

        await sender.SendAsync(new MailMessageToSend("ada@example.test", "Welcome, Ada", "Your invitation is ready.", "<p>Your invitation is ready.</p>", id), default);

        // The sink writes the message into the maildir before it answers 250, so it is there once SendAsync returns.
        var received = Received($"{id:N}@implementall.platform");
        Assert.Equal("Welcome, Ada", received.Subject);
        Assert.Equal("ada@example.test", Assert.Single(received.To.Mailboxes).Address);
        Assert.Equal("no-reply@implementall.test", Assert.Single(received.From.Mailboxes).Address);
        Assert.Contains("Your invitation is ready.", received.TextBody);
        Assert.Contains("<p>Your invitation is ready.</p>", received.HtmlBody);
    }

    [Fact]
    public async Task Each_message_keeps_its_own_message_id()
    {
        var sender = new SmtpMailSender(Options.Create(new MailOptions { SmtpHost = "127.0.0.1", SmtpPort = sink.Port, SmtpUseStartTls = false }));
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();

        await sender.SendAsync(new MailMessageToSend("a@example.test", "first", "1", null, first), default);
        await sender.SendAsync(new MailMessageToSend("b@example.test", "second", "2", null, second), default);

        Assert.Equal("first", Received($"{first:N}@implementall.platform").Subject);
        Assert.Equal("second", Received($"{second:N}@implementall.platform").Subject);
    }

    private MimeMessage Received(string messageId)
    {
        var matches = Directory.GetFiles(Path.Combine(sink.Maildir, "new"))
            .Select(path => MimeMessage.Load(path))
            .Where(m => m.MessageId == messageId)
            .ToList();
        return Assert.Single(matches);
    }
}
