using System.Collections.Concurrent;
using ImplementAll.Platform.Core.Mail;

namespace ImplementAll.Platform.IntegrationTests.Support;

public sealed class CapturingMailSender : IMailSender
{
    public ConcurrentQueue<MailMessageToSend> Sent { get; } = new();

    public Task SendAsync(MailMessageToSend message, CancellationToken cancellationToken)
    {
        Sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
