using ImplementAll.Platform.Infrastructure.Database;
using ImplementAll.Platform.Infrastructure.Mail;

namespace ImplementAll.Platform.Web.Platform.Hosting;

/// <summary>Which face the platform runs: one machine with no cloud account, or Azure. Each adapter defaults from it.</summary>
public sealed class PlatformOptions
{
    public const string Section = "Platform";

    public PlatformFace Face { get; set; } = PlatformFace.Embedded;
    /// <summary>The embedded face's folder for the database, keys, mail and files; relative to the content root.</summary>
    public string DataDirectory { get; set; } = "App_Data";
    public bool SeedDemoData { get; set; } = true;
    /// <summary>Used in links sent by mail; when empty, the address of the request that caused the mail.</summary>
    public string? PublicBaseUrl { get; set; }
}

public enum PlatformFace
{
    Embedded,
    Cloud,
}

public enum IdentityProvider
{
    Local,
    Entra,
}

public enum JobStore
{
    InMemory,
    SqlServer,
}

/// <summary>The adapters chosen for this run, resolved once from configuration.</summary>
public sealed record PlatformSetup(
    PlatformFace Face,
    string DataDirectory,
    DatabaseProvider Database,
    string ConnectionString,
    IdentityProvider Identity,
    JobStore Jobs,
    MailTransport Mail,
    bool SeedDemoData)
{
    public static PlatformSetup From(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(PlatformOptions.Section).Get<PlatformOptions>() ?? new PlatformOptions();
        var cloud = options.Face == PlatformFace.Cloud;
        var dataDirectory = Path.GetFullPath(options.DataDirectory, environment.ContentRootPath);
        var database = configuration.GetValue<DatabaseProvider?>("Database:Provider") ?? (cloud ? DatabaseProvider.SqlServer : DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("Platform") is { Length: > 0 } configured
            ? configured
            : $"Data Source={Path.Combine(dataDirectory, "platform.db")}";
        return new PlatformSetup(
            options.Face,
            dataDirectory,
            database,
            connectionString,
            configuration.GetValue<IdentityProvider?>("Identity:Provider") ?? (cloud ? IdentityProvider.Entra : IdentityProvider.Local),
            configuration.GetValue<JobStore?>("Jobs:Storage") ?? (cloud ? JobStore.SqlServer : JobStore.InMemory),
            configuration.GetValue<MailTransport?>("Mail:Transport") ?? (cloud ? MailTransport.Smtp : MailTransport.PickupFolder),
            !cloud && options.SeedDemoData);
    }
}
