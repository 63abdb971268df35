using ImplementAll.Platform.Core.Blobs;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Mail;
using ImplementAll.Platform.Core.Search;
using ImplementAll.Platform.Infrastructure.Blobs;
using ImplementAll.Platform.Infrastructure.DataProtection;
using ImplementAll.Platform.Infrastructure.Mail;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ImplementAll.Platform.UnitTests;

/// <summary>
/// The cloud face wired as Azure runs it, without contacting Azure: each port must resolve to its cloud adapter, and
/// nothing that several instances must share may stay in one process.
/// </summary>
public sealed class CloudWiringTests : IDisposable
{
    private readonly WebApplication app;

    public CloudWiringTests()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ApplicationName = "ImplementAll.Platform.Web" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Platform:Face"] = "Cloud",
            ["ConnectionStrings:Platform"] = "Server=tcp:platform.database.windows.net,1433;Database=platform;Authentication=Active Directory Default;Encrypt=True",
            ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
            ["AzureAd:TenantId"] = "organizations",
            ["AzureAd:ClientId"] = "00000000-0000-0000-0000-000000000001",
            ["Blobs:ServiceUri"] = "https://platformstore.blob.core.windows.net/",
            ["Search:Endpoint"] = "https://platform-search.search.windows.net",
            ["DataProtection:BlobUri"] = "https://platformstore.blob.core.windows.net/dataprotection/keys.xml",
            ["DataProtection:KeyVaultKeyUri"] = "https://platform-kv.vault.azure.net/keys/dataprotection",
            ["Mail:SmtpHost"] = "smtp.example",
            ["Jobs:RunServer"] = "false",
        });
        builder.AddPlatform();
        app = builder.Build();
    }

    [Fact]
    public void Every_port_resolves_to_its_Azure_adapter()
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        Assert.IsType<AzureBlobStore>(services.GetRequiredService<IBlobStore>());
        Assert.Contains("Azure", services.GetRequiredService<IPracticeSearchIndex>().GetType().Name);
        Assert.IsType<SmtpMailSender>(services.GetRequiredService<IMailSender>());
        Assert.Equal("Microsoft.EntityFrameworkCore.SqlServer", services.GetRequiredService<PlatformDbContext>().Database.ProviderName);
        Assert.Equal(JobStore.SqlServer, services.GetRequiredService<PlatformSetup>().Jobs);
    }

    [Fact]
    public void Instances_share_their_data_protection_keys_through_Blob_Storage_wrapped_by_Key_Vault()
    {
        var keys = app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value;
        Assert.IsType<BlobXmlRepository>(keys.XmlRepository);
        Assert.IsType<KeyVaultXmlEncryptor>(keys.XmlEncryptor);
    }

    [Fact]
    public async Task People_sign_in_with_Entra_and_the_API_takes_Entra_tokens()
    {
        var schemes = (await app.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetAllSchemesAsync()).Select(s => s.Name).ToList();
        Assert.Contains("OpenIdConnect", schemes);
        Assert.Contains("Bearer", schemes);
        Assert.Contains("Cookies", schemes);
    }

    public void Dispose() => ((IDisposable)app).Dispose();
}
