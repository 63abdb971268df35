using System.Reflection;
using Azure.Identity;
using ImplementAll.Platform.Core.Mail;
using ImplementAll.Platform.Infrastructure.Blobs;
using ImplementAll.Platform.Infrastructure.DataProtection;
using ImplementAll.Platform.Infrastructure.Search;
using ImplementAll.Platform.Infrastructure.Mail;
using ImplementAll.Platform.Web.Platform.Identity;
using ImplementAll.Platform.Web.Platform.Jobs;
using ImplementAll.Platform.Web.Platform.Localisation;
using ImplementAll.Platform.Web.Platform.Telemetry;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using ImplementAll.Platform.Web.Features;

namespace ImplementAll.Platform.Web.Platform.Hosting;

public static class PlatformServices
{
    public static PlatformSetup AddPlatform(this WebApplicationBuilder builder)
    {
        var setup = PlatformSetup.From(builder.Configuration, builder.Environment);
        StartupChecks.Enforce(setup, builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(setup);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.Configure<PlatformOptions>(builder.Configuration.GetSection(PlatformOptions.Section));

        builder.AddPlatformDatabase(setup);
        builder.AddPlatformAuthentication(setup);
        builder.AddPlatformJobs(setup);
        builder.AddPlatformTelemetry();
        builder.AddPlatformLocalisation();
        builder.AddPlatformMail(setup);
        builder.AddPlatformDataProtection(setup);

        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "ImplementAll Platform API";
            document.Info.Description = "Practices, tailoring projects and twinning across organisations. Tenant resources live under /api/v1/tenants/{tenantId}.";
            return Task.CompletedTask;
        }));
        builder.Services.AddRazorPages(o => o.RootDirectory = "/Features")
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        builder.Services.AddHttpContextAccessor();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
        });

        builder.Services.AddScoped<CurrentUser>();
        builder.Services.AddScoped<CurrentMembership>();
        builder.Services.AddScoped<Workspaces.CurrentWorkspace>();
        builder.Services.AddScoped<Features.Audit.AuditTrail>();
        builder.Services.AddScoped<Features.Mail.Mailbox>();
        builder.Services.AddScoped<Features.Shared.Links>();
        builder.Services.AddSingleton<Features.Invitations.InvitationTokens>();
        builder.Services.AddScoped<Features.DemoData.DemoDataSeeder>();
        builder.Services.AddScoped<Features.DemoData.DemoPracticeSeeder>();
        builder.Services.AddScoped<Features.DemoData.DemoProjectSeeder>();
        builder.Services.AddSingleton<Features.Practices.PracticeRules>();
        builder.Services.AddSingleton<Features.Practices.PracticeDocuments>();
        builder.Services.AddSingleton<Features.Practices.Public.FacetLabels>();
        builder.Services.AddScoped<Features.Practices.SearchOutbox>();
        builder.Services.ConfigureApiJson();
        builder.Services.AddSingleton(services => new Features.Reference.ReferenceCatalogue(
            Path.Combine(AppContext.BaseDirectory, "Features", "Reference", "Data"),
            builder.Configuration.GetSection("Reference:Disabled").Get<string[]>() ?? []));
        builder.Services.AddPlatformBlobs(builder.Configuration, setup.DataDirectory, setup.Face == PlatformFace.Cloud);
        builder.Services.AddPracticeSearch(builder.Configuration, setup.DataDirectory, setup.Face == PlatformFace.Cloud);
        Features.Tailoring.Matching.MatchingServices.AddStrategyMatching(builder.Services);
        builder.Services.AddSingleton<Features.Tailoring.Projects.Pages.Principles>();
        builder.Services.AddFeatures();
        return setup;
    }

    private static void AddPlatformMail(this WebApplicationBuilder builder, PlatformSetup setup)
    {
        builder.Services.Configure<MailOptions>(builder.Configuration.GetSection(MailOptions.Section));
        var pickup = builder.Configuration["Mail:PickupFolder"] ?? "mail-pickup";
        builder.Services.AddSingleton(new PickupFolder(Path.GetFullPath(pickup, setup.DataDirectory)));
        if (setup.Mail == MailTransport.Smtp)
        {
            builder.Services.AddSingleton<IMailSender, SmtpMailSender>();
        }
        else
        {
            builder.Services.AddSingleton<IMailSender, PickupFolderMailSender>();
        }
    }

    private static void AddPlatformDataProtection(this WebApplicationBuilder builder, PlatformSetup setup)
    {
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("implementall-platform");
        if (setup.Face == PlatformFace.Embedded)
        {
            // Persisted so that sign-in cookies and invitation links survive a restart of the embedded host.
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(setup.DataDirectory, "keys")));
        }
        else if (builder.Configuration["DataProtection:BlobUri"] is { Length: > 0 } keyRing)
        {
            // One key ring for every instance, so a cookie or link issued by one instance is valid on all of them;
            // each key in it is wrapped by Key Vault, so the blob alone reveals nothing.
            var credential = new DefaultAzureCredential();
            dataProtection.PersistKeysToAzure(new Uri(keyRing), credential);
            if (builder.Configuration["DataProtection:KeyVaultKeyUri"] is { Length: > 0 } keyUri)
            {
                dataProtection.ProtectKeysWithKeyVault(new Uri(keyUri), credential);
            }
        }
    }

    /// <summary>Registers every use case, job and seeder of the features by their marker, so a new feature needs no wiring here.</summary>
    private static void AddFeatures(this IServiceCollection services)
    {
        var types = Assembly.GetExecutingAssembly().GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false });
        foreach (var type in types)
        {
            if (typeof(IUseCase).IsAssignableFrom(type) || typeof(ITenantJob).IsAssignableFrom(type) || typeof(IPlatformJob).IsAssignableFrom(type))
            {
                services.AddScoped(type);
            }
        }
    }
}

/// <summary>Marks a class that carries out one thing a user can do; it is registered for injection automatically.</summary>
public interface IUseCase;

/// <summary>A background job that concerns the whole platform (typically a sweep that fans out per tenant).</summary>
public interface IPlatformJob
{
    Task RunAsync(CancellationToken cancellationToken);
}
