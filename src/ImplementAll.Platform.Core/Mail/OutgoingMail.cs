using ImplementAll.Platform.Core.Tenancy;

namespace ImplementAll.Platform.Core.Mail;

/// <summary>
/// A message waiting to be sent, stored with the change that caused it so a crash between commit and sending loses nothing;
/// a background job sends it and records <see cref="SentAt"/>, and a sweep re-enqueues whatever is still unsent.
/// </summary>
public sealed class OutgoingMail : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    public string? HtmlBody { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}

/// <summary>The mail port: a pickup folder in the embedded face, SMTP in the cloud.</summary>
public interface IMailSender
{
    Task SendAsync(MailMessageToSend message, CancellationToken cancellationToken);
}

public sealed record MailMessageToSend(string To, string Subject, string TextBody, string? HtmlBody, Guid MessageId);
