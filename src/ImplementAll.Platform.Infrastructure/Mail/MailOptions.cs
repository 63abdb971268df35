namespace ImplementAll.Platform.Infrastructure.Mail;

public sealed class MailOptions
{
    public const string Section = "Mail";

    public MailTransport Transport { get; set; } = MailTransport.PickupFolder;
    public string From { get; set; } = "ImplementAll Platform <no-reply@implementall.local>";
    /// <summary>Where .eml files are written in the embedded face; relative paths are under the data folder.</summary>
    public string PickupFolder { get; set; } = "mail-pickup";
    public string SmtpHost { get; set; } = "";
    public int SmtpPort { get; set; } = 587;
    public bool SmtpUseStartTls { get; set; } = true;
    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }
}

public enum MailTransport
{
    PickupFolder,
    Smtp,
}
