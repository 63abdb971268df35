using System.Diagnostics;
using System.Text.RegularExpressions;
using MimeKit;

namespace ImplementAll.Platform.BrowserTests.Support;

/// <summary>Reads the .eml files the embedded face's mail sender writes, the way a person reads their inbox.</summary>
public static partial class MailPickup
{
    /// <summary>Polls the folder until a message to <paramref name="address"/> arrives, or fails after <paramref name="timeout"/>.</summary>
    public static async Task<MimeMessage> WaitForMessageToAsync(string folder, string address, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.EnumerateFiles(folder, "*.eml"))
                {
                    var message = MimeMessage.Load(file);
                    if (message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)))
                    {
                        return message;
                    }
                }
            }

            if (clock.Elapsed > timeout)
            {
                var present = Directory.Exists(folder) ? string.Join(", ", Directory.EnumerateFiles(folder).Select(Path.GetFileName)) : "(no folder)";
                throw new TimeoutException($"No mail to {address} in {folder} after {timeout.TotalSeconds:0} s. Present: {present}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    /// <summary>The invitation link from the text body (MimeKit undoes any quoted-printable line wrapping).</summary>
    public static string InvitationLink(MimeMessage message)
    {
        var match = InvitationLinkPattern().Match(message.TextBody ?? "");
        Assert.True(match.Success, $"No invitation link in the mail:{Environment.NewLine}{message.TextBody}");
        return match.Value;
    }

    [GeneratedRegex(@"https?://\S+/invitations/accept\?token=\S+")]
    private static partial Regex InvitationLinkPattern();
}
