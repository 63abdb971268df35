using ImplementAll.Platform.Deployment.Tests.Support;

namespace ImplementAll.Platform.Deployment.Tests;

/// <summary>Behaviour of the bash hook with faked CLIs: what it changes on a first run, that a re-run is harmless, and that failures are loud.</summary>
public sealed class PostprovisionHookTests : IDisposable
{
    private readonly HookSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void First_run_registers_the_app_grants_the_identity_and_migrates()
    {
        var result = _sandbox.Run();

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains(_sandbox.Calls(), c => c.StartsWith("az ad app create", StringComparison.Ordinal)
            && c.Contains("--sign-in-audience AzureADMultipleOrgs", StringComparison.Ordinal));
        Assert.Equal(
            [$"https://{HookSandbox.WebName}.azurewebsites.net/signin-oidc", $"https://{HookSandbox.WebName}.azurewebsites.net/signout-callback-oidc"],
            _sandbox.State("redirects").Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var clientId = _sandbox.State("app").Trim();
        Assert.Equal(clientId, _sandbox.State("azd-client-id").Trim());
        Assert.Equal(clientId, _sandbox.State("client-id-setting").Trim());

        var sql = _sandbox.State("sql.log");
        Assert.Contains($"CREATE USER [{HookSandbox.WebName}] FROM EXTERNAL PROVIDER", sql);
        Assert.Contains($"IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'{HookSandbox.WebName}')", sql);
        foreach (var role in new[] { "db_datareader", "db_datawriter", "db_ddladmin" })
        {
            Assert.Contains($"ALTER ROLE {role} ADD MEMBER [{HookSandbox.WebName}]", sql);
        }

        Assert.Contains(_sandbox.Calls(), c => c == "dotnet run --project src/ImplementAll.Platform.Web --no-launch-profile -- migrate");
        var migrate = _sandbox.State("migrate.log").Trim().Split('|');
        Assert.Equal(Repo.Root, migrate[0]);
        Assert.Equal(
            "Server=tcp:sql-abc123.database.windows.net,1433;Database=implementall;Authentication=Active Directory Default;Encrypt=True;TrustServerCertificate=False",
            migrate[1]);
        Assert.Equal("Cloud", migrate[2]);
        // The host validates its Azure configuration at start-up, so migrate must see the web app's settings too.
        Assert.Equal("Production", migrate[3]);
        Assert.Equal("https://stabc123.blob.core.windows.net/", migrate[4]);

        Assert.False(_sandbox.HasState("firewall-rule"), "The temporary SQL firewall rule must be removed.");
    }

    [Fact]
    public void Second_run_reuses_the_registration_and_keeps_redirect_uris_added_by_hand()
    {
        Assert.Equal(0, _sandbox.Run().ExitCode);
        var clientId = _sandbox.State("azd-client-id").Trim();
        File.AppendAllText(Path.Combine(_sandbox.StateDirectory, "redirects"), "https://platform.example.org/signin-oidc\n");
        File.Delete(Path.Combine(_sandbox.StateDirectory, "calls.log"));
        _sandbox.Environment["AZURE_AD_CLIENT_ID"] = clientId;

        var result = _sandbox.Run();

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.DoesNotContain(_sandbox.Calls(), c => c.StartsWith("az ad app create", StringComparison.Ordinal));
        Assert.DoesNotContain(_sandbox.Calls(), c => c.StartsWith("az ad sp create", StringComparison.Ordinal));
        Assert.DoesNotContain(_sandbox.Calls(), c => c.StartsWith("az webapp config appsettings set", StringComparison.Ordinal));
        Assert.Contains("https://platform.example.org/signin-oidc", _sandbox.State("redirects"));
        Assert.Contains($"https://{HookSandbox.WebName}.azurewebsites.net/signin-oidc", _sandbox.State("redirects"));
        Assert.Equal(clientId, _sandbox.State("azd-client-id").Trim());
    }

    [Theory]
    [InlineData("SERVICE_WEB_NAME")]
    [InlineData("AZURE_SQL_SERVER_FQDN")]
    [InlineData("AZURE_SQL_DATABASE_NAME")]
    public void Missing_azd_output_stops_before_touching_azure(string variable)
    {
        _sandbox.Environment[variable] = null;

        var result = _sandbox.Run();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"{variable} is not set", result.StandardError);
        Assert.Empty(_sandbox.Calls());
    }

    [Fact]
    public void Azure_cli_signed_in_to_another_tenant_is_refused()
    {
        _sandbox.Environment["FAKE_AZ_TENANT"] = "99999999-0000-0000-0000-000000000000";

        var result = _sandbox.Run();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("az login --tenant", result.StandardError);
        Assert.DoesNotContain(_sandbox.Calls(), c => c.StartsWith("az ad", StringComparison.Ordinal));
    }

    [Fact]
    public void Web_app_name_that_could_inject_sql_is_refused()
    {
        _sandbox.Environment["SERVICE_WEB_NAME"] = "x]; DROP TABLE Tenants; --";

        var result = _sandbox.Run();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("not a valid App Service name", result.StandardError);
        Assert.False(_sandbox.HasState("sql.log"));
    }

    [Fact]
    public void Failed_migration_fails_the_hook_and_still_closes_the_firewall()
    {
        _sandbox.Environment["FAKE_MIGRATE_EXIT"] = "3";

        var result = _sandbox.Run();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("migrations failed", result.StandardError);
        Assert.False(_sandbox.HasState("firewall-rule"), "The temporary SQL firewall rule must be removed even on failure.");
    }

    [Fact]
    public void Database_user_failure_is_retried_then_reported()
    {
        _sandbox.Environment["FAKE_SQLCMD_EXIT"] = "1";

        var result = _sandbox.Run();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("could not create the database user", result.StandardError);
        Assert.Equal(6, _sandbox.Calls().Count(c => c.StartsWith("sqlcmd -S", StringComparison.Ordinal)));
        Assert.DoesNotContain(_sandbox.Calls(), c => c.StartsWith("dotnet run", StringComparison.Ordinal));
    }

    [Fact]
    public void Skipping_the_registration_still_prepares_the_database()
    {
        _sandbox.Environment["SKIP_ENTRA_APP_REGISTRATION"] = "true";

        var result = _sandbox.Run();

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.DoesNotContain(_sandbox.Calls(), c => c.StartsWith("az ad", StringComparison.Ordinal));
        Assert.Contains("CREATE USER", _sandbox.State("sql.log"));
        Assert.NotEmpty(_sandbox.State("migrate.log"));
    }
}
