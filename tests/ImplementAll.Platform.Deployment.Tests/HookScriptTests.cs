using ImplementAll.Platform.Deployment.Tests.Support;

namespace ImplementAll.Platform.Deployment.Tests;

/// <summary>Static checks on the hook scripts: azd can execute them, and the bash and PowerShell twins do the same steps.</summary>
public sealed class HookScriptTests
{
    private static readonly string BashHook = Repo.PathOf("infra", "hooks", "postprovision.sh");
    private static readonly string PowerShellHook = Repo.PathOf("infra", "hooks", "postprovision.ps1");

    [Fact]
    public void Bash_hook_parses()
    {
        var result = ProcessRunner.Run("bash", ["-n", BashHook]);

        Assert.True(result.ExitCode == 0, result.Describe());
    }

    [Fact]
    public void Bash_hook_is_executable_with_a_bash_shebang()
    {
        // azd runs a posix hook by its path, so the shebang and the executable bit decide which shell runs it.
        Assert.StartsWith("#!/usr/bin/env bash\n", File.ReadAllText(BashHook));
        Assert.True(File.GetUnixFileMode(BashHook).HasFlag(UnixFileMode.UserExecute), "chmod +x infra/hooks/postprovision.sh");
    }

    [Theory]
    [InlineData("FROM EXTERNAL PROVIDER")]
    [InlineData("ALTER ROLE db_datareader ADD MEMBER")]
    [InlineData("ALTER ROLE db_datawriter ADD MEMBER")]
    [InlineData("ALTER ROLE db_ddladmin ADD MEMBER")]
    [InlineData("IF NOT EXISTS (SELECT 1 FROM sys.database_principals")]
    [InlineData("--authentication-method ActiveDirectoryDefault")]
    [InlineData("dotnet run --project src/ImplementAll.Platform.Web --no-launch-profile -- migrate")]
    [InlineData("Authentication=Active Directory Default;Encrypt=True;TrustServerCertificate=False")]
    [InlineData("--sign-in-audience AzureADMultipleOrgs")]
    [InlineData("/signin-oidc")]
    [InlineData("azd env set AZURE_AD_CLIENT_ID")]
    [InlineData("az sql server firewall-rule delete")]
    [InlineData("SKIP_ENTRA_APP_REGISTRATION")]
    public void Both_hooks_perform_step(string fragment)
    {
        Assert.Contains(fragment, File.ReadAllText(BashHook));
        Assert.Contains(fragment, File.ReadAllText(PowerShellHook));
    }
}
