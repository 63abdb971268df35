namespace ImplementAll.Platform.Deployment.Tests.Support;

/// <summary>
/// Runs infra/hooks/postprovision.sh against HookFakes/fake-cli.sh standing in for az, azd, sqlcmd, dotnet, curl and sleep,
/// with the environment azd would export after provisioning. State persists between runs of one sandbox, as Azure's would.
/// </summary>
internal sealed class HookSandbox : IDisposable
{
    public const string TenantId = "72f988bf-0000-0000-0000-000000000000";
    public const string WebName = "app-abc123";

    private static readonly string[] FakedTools = ["az", "azd", "sqlcmd", "dotnet", "curl", "sleep"];
    private readonly string _root = Directory.CreateTempSubdirectory("postprovision-").FullName;

    public HookSandbox()
    {
        Directory.CreateDirectory(BinDirectory);
        Directory.CreateDirectory(StateDirectory);
        var fake = File.ReadAllText(Repo.PathOf("tests", "ImplementAll.Platform.Deployment.Tests", "HookFakes", "fake-cli.sh"));
        foreach (var tool in FakedTools)
        {
            var path = Path.Combine(BinDirectory, tool);
            File.WriteAllText(path, fake);
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string StateDirectory => Path.Combine(_root, "state");

    private string BinDirectory => Path.Combine(_root, "bin");

    public Dictionary<string, string?> Environment { get; } = new()
    {
        ["AZURE_ENV_NAME"] = "test",
        ["AZURE_SUBSCRIPTION_ID"] = "00000000-0000-0000-0000-000000000001",
        ["AZURE_TENANT_ID"] = TenantId,
        ["AZURE_RESOURCE_GROUP"] = "rg-test",
        ["SERVICE_WEB_NAME"] = WebName,
        ["SERVICE_WEB_URI"] = $"https://{WebName}.azurewebsites.net",
        ["AZURE_SQL_SERVER_NAME"] = "sql-abc123",
        ["AZURE_SQL_SERVER_FQDN"] = "sql-abc123.database.windows.net",
        ["AZURE_SQL_DATABASE_NAME"] = "implementall",
        ["AZURE_AD_CLIENT_ID"] = null,
        ["AZURE_SQL_CLIENT_IP"] = null,
        ["SKIP_ENTRA_APP_REGISTRATION"] = null,
        ["FAKE_AZ_TENANT"] = null,
        ["FAKE_SQLCMD_EXIT"] = null,
        ["FAKE_MIGRATE_EXIT"] = null,
    };

    public ProcessResult Run()
    {
        var environment = new Dictionary<string, string?>(Environment)
        {
            ["PATH"] = $"{BinDirectory}:{System.Environment.GetEnvironmentVariable("PATH")}",
            ["FAKE_STATE_DIR"] = StateDirectory,
        };
        return ProcessRunner.Run("bash", [Repo.PathOf("infra", "hooks", "postprovision.sh")], Repo.Root, environment, TimeSpan.FromMinutes(1));
    }

    public string State(string file)
    {
        var path = Path.Combine(StateDirectory, file);
        return File.Exists(path) ? File.ReadAllText(path) : "";
    }

    public bool HasState(string file) => File.Exists(Path.Combine(StateDirectory, file));

    public string[] Calls() => State("calls.log").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
