using ImplementAll.Platform.AdapterTests.Support;
using ImplementAll.Platform.Core.Mail;
using ImplementAll.Platform.Infrastructure.Mail;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ImplementAll.Platform.AdapterTests.Mail;

public sealed class PickupFolderMailSenderTests : IDisposable
{
    private readonly TempDirectory folder = new();
    private readonly PickupFolderMailSender sender;

    public PickupFolderMailSenderTests() =>
        sender = new PickupFolderMailSender(Options.Create(new MailOptions()), new PickupFolder(Path.Combine(folder.Path, "pickup")));

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Each_message_becomes_one_eml_named_by_its_id()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();

        await sender.SendAsync(new MailMessageToSend("ada@example.test", "Welcome", "Hello Ada", null, first), default);
        await sender.SendAsync(new MailMessageToSend("bob@example.test", "Welcome", "Hello Bob", null, second), default);

        Assert.Equal(new[] { $"{first:N}.eml", $"{second:N}.eml" }.Order(StringComparer.Ordinal), Files().Order(StringComparer.Ordinal));
        var message = MimeMessage.Load(Path.Combine(folder.Path, "pickup", $"{first:N}.eml"));
        Assert.Equal("ada@example.test", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("Welcome", message.Subject);
        Assert.Contains("Hello Ada", message.TextBody);
        Assert.Equal($"{first:N}@implementall.platform", message.MessageId);
    }

    [Fact]
    public async Task Sending_the_same_message_id_twice_leaves_one_file()
    {
        var id = Guid.NewGuid();

        await sender.SendAsync(new MailMessageToSend("ada@example.test", "Welcome", "first try", null, id), default);
        await sender.SendAsync(new MailMessageToSend("ada@example.test", "Welcome", "retried", null, id), default);

        Assert.Equal([$"{id:N}.eml"], Files());
        Assert.Contains("retried", MimeMessage.Load(Path.Combine(folder.Path, "pickup", $"{id:N}.eml")).TextBody);
    }

    private string[] Files() => Directory.GetFiles(Path.Combine(folder.Path, "pickup")).Select(Path.GetFileName).ToArray()!;
}
