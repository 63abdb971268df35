using ImplementAll.Platform.Core.Mail;
using Microsoft.Extensions.Options;

namespace ImplementAll.Platform.Infrastructure.Mail;

/// <summary>The embedded face's mail: each message becomes an .eml file that any mail client can open.</summary>
public sealed class PickupFolderMailSender(IOptions<MailOptions> options, PickupFolder folder) : IMailSender
{
    public async Task SendAsync(MailMessageToSend message, CancellationToken cancellationToken)
    {
        var mime = MimeMessages.Build(message, options.Value.From);
        Directory.CreateDirectory(folder.Path);
        // Named by message id so that sending the same message again overwrites rather than duplicates.
        var path = Path.Combine(folder.Path, $"{message.MessageId:N}.eml");
        var temp = path + ".tmp";
        await mime.WriteToAsync(temp, cancellationToken);
        File.Move(temp, path, overwrite: true);
    }
}

public sealed record PickupFolder(string Path);
