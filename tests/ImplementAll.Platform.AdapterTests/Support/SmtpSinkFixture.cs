namespace ImplementAll.Platform.AdapterTests.Support;

/// <summary>
/// A real SMTP server (Debian's python3-aiosmtpd) that stores every message it accepts in a maildir.
/// /usr/bin/python3 is named because another python3 earlier on PATH may lack the module.
/// </summary>
public sealed class SmtpSinkFixture : IAsyncLifetime
{
    private readonly TempDirectory directory = new();
    private ServerProcess? server;

    public int Port { get; private set; }

    public string Maildir => Path.Combine(directory.Path, "maildir");

    public async Task InitializeAsync()
    {
        Port = ServerProcess.FreePort();
        server = await ServerProcess.StartAsync("/usr/bin/python3",
            ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir], Port);
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        directory.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SmtpSinkCollection : ICollectionFixture<SmtpSinkFixture>
{
    public const string Name = "SMTP sink";
}
