using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ImplementAll.Platform.Deployment.Tests.Support;

namespace ImplementAll.Platform.Deployment.Tests;

/// <summary>The web app is configured with endpoints and identifiers only; identity does the authentication.</summary>
[Collection(CompiledInfrastructureCollection.Name)]
public sealed partial class AppSettingsTests(CompiledInfrastructure infra)
{
    [Theory]
    [InlineData("ASPNETCORE_ENVIRONMENT", "^Production$")]
    [InlineData("Platform__Face", "^Cloud$")]
    [InlineData("ConnectionStrings__Platform",
        @"^format\('Server=tcp:\{0\},1433;Database=\{1\};Authentication=Active Directory Default;Encrypt=True;TrustServerCertificate=False', .*Microsoft\.Sql/servers.*\.fullyQualifiedDomainName.*\)$")]
    [InlineData("Blobs__ServiceUri", @"Microsoft\.Storage/storageAccounts.*\.primaryEndpoints\.blob")]
    [InlineData("Search__Endpoint", @"format\('https://\{0\}\.search\.windows\.net'")]
    [InlineData("DataProtection__BlobUri", @"^format\('\{0\}\{1\}/keys\.xml', .*\.primaryEndpoints\.blob.*, \(+dataprotection\)+\)$")]
    [InlineData("DataProtection__KeyVaultKeyUri", @"Microsoft\.KeyVault/vaults/keys.*\)\.keyUri\)+$")]
    [InlineData("AzureAd__Instance", @"^environment\(\)\.authentication\.loginEndpoint$")]
    [InlineData("AzureAd__TenantId", "^organizations$")]
    [InlineData("AzureAd__ClientId", @"^\(parameters\('azureAdClientId'\)\)$")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING", @"^reference\(resourceId\('Microsoft\.Insights/components', .*\)\.ConnectionString$")]
    [InlineData("OpenTelemetry__Exporter", "^AzureMonitor$")]
    [InlineData("Mail__SmtpHost", @"^\(parameters\('smtpHost'\)\)$")]
    [InlineData("Mail__SmtpPort", @"^string\(\(parameters\('smtpPort'\)\)\)$")]
    [InlineData("Mail__From", @"^\(parameters\('mailFrom'\)\)$")]
    [InlineData("Mail__SmtpUserName", @"^\(parameters\('smtpUserName'\)\)$")]
    public void Setting_has_expected_source(string name, string pattern)
    {
        var settings = Settings();

        Assert.True(settings.ContainsKey(name), $"App setting {name} is missing.");
        Assert.Matches(pattern, settings[name]);
    }

    [Fact]
    public void Smtp_password_is_a_key_vault_reference_into_the_platform_vault()
    {
        var (vaultDeployment, vault) = infra.Single("Microsoft.KeyVault/vaults");
        var vaultName = vaultDeployment.Expand(vault["name"]);

        var value = Settings()["Mail__SmtpPassword"];

        Assert.StartsWith("if(empty((parameters('smtpUserName'))), '', format('@Microsoft.KeyVault(VaultName={0};SecretName=smtp-password)', ", value);
        Assert.Contains(vaultName, value);
    }

    [Fact]
    public void No_setting_carries_a_key_secret_or_password()
    {
        // Mail__SmtpPassword is allowed by name only because its value is a Key Vault reference (checked above), never the password.
        var leaking = Settings()
            .Where(s => s.Key != "Mail__SmtpPassword")
            .Where(s => Secret().IsMatch(s.Key) || Secret().IsMatch(s.Value))
            .Select(s => s.Key)
            .ToList();

        Assert.Empty(leaking);
    }

    [Fact]
    public void Template_never_reads_keys_or_secrets_at_deployment_time()
    {
        // list*() returns account keys, connection strings with keys, or admin keys; none should ever be needed.
        Assert.DoesNotMatch(ListFunction(), infra.Json);
        Assert.DoesNotContain("securestring", infra.Json, StringComparison.OrdinalIgnoreCase);
    }

    private Dictionary<string, string> Settings()
    {
        var (deployment, site) = infra.Single("Microsoft.Web/sites");
        var settings = site["properties"]!["siteConfig"]!["appSettings"]!.AsArray().Select(s => s!.AsObject()).ToList();
        Assert.Equal(settings.Count, settings.Select(s => (string?)s["name"]).Distinct().Count());
        return settings.ToDictionary(s => (string)s["name"]!, s => deployment.Expand(s["value"]));
    }

    [GeneratedRegex(@"list[A-Za-z]*\(", RegexOptions.IgnoreCase)]
    private static partial Regex ListFunction();

    [GeneratedRegex(@"list[A-Za-z]*\(|AccountKey=|Password=|Pwd=|SharedAccess(Signature|Key)|ClientSecret|ApiKey|secret", RegexOptions.IgnoreCase)]
    private static partial Regex Secret();
}
