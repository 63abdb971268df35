using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace ImplementAll.Platform.UnitTests;

public sealed class StartupCheckTests
{
    private static (PlatformSetup, IConfiguration, IHostEnvironment) Configure(string environment, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var host = new Environment(environment);
        return (PlatformSetup.From(configuration, host), configuration, host);
    }

    [Fact]
    public void The_local_demo_sign_in_is_refused_in_production()
    {
        var (setup, configuration, environment) = Configure("Production", []);
        var problems = StartupChecks.Problems(setup, configuration, environment);
        Assert.Contains(problems, p => p.Contains("Identity:Provider is Local"));
        var error = Assert.Throws<InvalidOperationException>(() => StartupChecks.Enforce(setup, configuration, environment));
        Assert.Contains("cannot start", error.Message);
    }

    [Fact]
    public void The_cloud_face_in_production_names_every_missing_setting()
    {
        var (setup, configuration, environment) = Configure("Production", new() { ["Platform:Face"] = "Cloud" });
        var problems = string.Join("\n", StartupChecks.Problems(setup, configuration, environment));
        foreach (var key in new[]
                 {
                     "ConnectionStrings:Platform", "AzureAd:ClientId", "AzureAd:TenantId", "AzureAd:Instance", "Blobs:ServiceUri",
                     "Search:Endpoint", "DataProtection:BlobUri", "DataProtection:KeyVaultKeyUri", "Mail:SmtpHost",
                 })
        {
            Assert.Contains(key, problems);
        }

        Assert.DoesNotContain("Identity:Provider is Local", problems);
    }

    [Fact]
    public void A_complete_cloud_configuration_starts_and_picks_the_cloud_adapters()
    {
        var (setup, configuration, environment) = Configure("Production", new()
        {
            ["Platform:Face"] = "Cloud",
            ["ConnectionStrings:Platform"] = "Server=tcp:x.database.windows.net;Database=p;Authentication=Active Directory Default",
            ["AzureAd:ClientId"] = "client", ["AzureAd:TenantId"] = "organizations", ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
            ["Blobs:ServiceUri"] = "https://x.blob.core.windows.net/", ["Search:Endpoint"] = "https://x.search.windows.net",
            ["DataProtection:BlobUri"] = "https://x.blob.core.windows.net/dataprotection/keys.xml",
            ["DataProtection:KeyVaultKeyUri"] = "https://x.vault.azure.net/keys/dp", ["Mail:SmtpHost"] = "smtp.example",
        });
        Assert.Empty(StartupChecks.Problems(setup, configuration, environment));
        Assert.Equal(Infrastructure.Database.DatabaseProvider.SqlServer, setup.Database);
        Assert.Equal(IdentityProvider.Entra, setup.Identity);
        Assert.Equal(JobStore.SqlServer, setup.Jobs);
        Assert.False(setup.SeedDemoData);
    }

    [Fact]
    public void The_embedded_face_defaults_to_local_adapters_and_a_sqlite_file()
    {
        var (setup, _, _) = Configure("Development", []);
        Assert.Equal(Infrastructure.Database.DatabaseProvider.Sqlite, setup.Database);
        Assert.Equal(IdentityProvider.Local, setup.Identity);
        Assert.Equal(JobStore.InMemory, setup.Jobs);
        Assert.EndsWith(Path.Combine("App_Data", "platform.db"), setup.ConnectionString);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "ImplementAll.Platform.Web";
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
