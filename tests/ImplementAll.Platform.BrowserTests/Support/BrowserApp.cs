using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ImplementAll.Platform.BrowserTests.Support;

/// <summary>
/// The real application (embedded face, Development, demo data, Hangfire server writing mail to the pickup folder) on a
/// real Kestrel socket, plus one headless Debian Chromium driven by Playwright. One per test class; each test opens its
/// own browser context, so cookies never leak between tests.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly AppFactory factory;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public BrowserApp()
    {
        DataDirectory = Directory.CreateTempSubdirectory("implementall-browser-").FullName;
        factory = new AppFactory(DataDirectory);
    }

    /// <summary>A fresh folder per fixture: database, data-protection keys and mail pickup live here.</summary>
    public string DataDirectory { get; }

    public string MailPickupFolder => Path.Combine(DataDirectory, "mail-pickup");

    /// <summary>Where Kestrel listens, without a trailing slash, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault() ?? factory.ClientOptions.BaseAddress.ToString();
        BaseUrl = address.TrimEnd('/');
        await WarmUpAsync();

        // An upper bound for Playwright's auto-waiting assertions, roomy enough for a busy build machine; they pass as soon as the page agrees.
        Assertions.SetDefaultExpectTimeout(10_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// The first requests to a fresh host compile the pipeline, the pages and the sign-in (seconds on a loaded 2-core
    /// machine), which would otherwise land inside the first test's 30-second navigation budget. Warming up here keeps
    /// the tests' timeouts about the pages they test.
    /// </summary>
    private async Task WarmUpAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        foreach (var path in new[] { "/health/ready", "/signin", "/", "/practices" })
        {
            (await client.GetAsync(path)).EnsureSuccessStatusCode();
        }
    }

    /// <summary>A new, isolated browser session (own cookies) whose relative URLs resolve against the app.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "en-GB" });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await factory.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a background thread is left to the OS's temp cleanup.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private sealed class AppFactory(string dataDirectory) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Platform:DataDirectory", dataDirectory);
            builder.UseSetting("Platform:SeedDemoData", "true");
            builder.UseSetting("Jobs:RunServer", "true");
        }
    }
}
