using ImplementAll.Platform.Core.Mail;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ImplementAll.Platform.IntegrationTests.Support;

/// <summary>
/// The real application on an in-memory SQLite database that lives as long as the fixture holds a connection open,
/// with Entra sign-in (Microsoft.Identity.Web) validating tokens signed by a local test key.
/// </summary>
public sealed class PlatformFactory : WebApplicationFactory<Program>
{
    private readonly string connectionString = $"Data Source=file:platform-{Guid.NewGuid():N}?mode=memory&cache=shared";
    private readonly SqliteConnection keepAlive;
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("implementall-it-").FullName;

    public PlatformFactory()
    {
        keepAlive = new SqliteConnection(connectionString);
        keepAlive.Open();
    }

    public TestClock Clock { get; } = new();
    public CapturingMailSender Mail { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Platform", connectionString);
        builder.UseSetting("Platform:DataDirectory", dataDirectory);
        builder.UseSetting("Platform:SeedDemoData", "false");
        builder.UseSetting("Identity:Provider", "Entra");
        builder.UseSetting("AzureAd:Instance", "https://login.microsoftonline.com/");
        builder.UseSetting("AzureAd:TenantId", "organizations");
        builder.UseSetting("AzureAd:ClientId", "implementall-test");
        builder.UseSetting("AzureAd:Audience", TestTokens.Audience);
        builder.UseSetting("Jobs:RunServer", "false");

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.RemoveAll<IMailSender>();
            services.AddSingleton<IMailSender>(Mail);
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
            {
                var configuration = new OpenIdConnectConfiguration();
                o.Authority = null;
                o.Configuration = configuration;
                o.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    // Multi-tenant: any directory's issuer is accepted, as in production; the platform decides who gets in.
                    IssuerValidator = (issuer, _, _) => issuer.StartsWith("https://login.microsoftonline.com/", StringComparison.Ordinal)
                        ? issuer
                        : throw new SecurityTokenInvalidIssuerException($"Unexpected issuer {issuer}."),
                    ValidAudience = TestTokens.Audience,
                    IssuerSigningKey = TestTokens.Key,
                    NameClaimType = "name",
                };
            });
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            keepAlive.Dispose();
            try
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a background thread is left to the OS's temp cleanup.
            }
        }
    }
}
