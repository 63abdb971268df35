using System.Text.RegularExpressions;
using ImplementAll.Platform.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImplementAll.Platform.BrowserTests;

/// <summary>
/// The repository end to end: a solution developer registers a practice in the wizard and submits it, a curator
/// publishes it, and then anyone finds it in the public search, where the facet counts have changed.
/// </summary>
public sealed partial class RadarJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Castilla = "castilla-del-sol";

    [Fact]
    public async Task Registered_submitted_and_published_practice_appears_in_anonymous_search()
    {
        var marker = "teleasistencia" + Guid.NewGuid().ToString("N")[..6];
        var title = $"Rural video consultation {marker}";
        var page = await app.NewPageAsync();
        try
        {
            var icelandBefore = await IcelandCountAsync(page);

            await page.SignInAsync("Lucía Fernández");
            await page.GotoAsync($"/t/{Castilla}/practices/new");
            await page.Locator("#Input_Type").SelectOptionAsync("DigitalSolution");
            await page.Locator("#Input_Title").FillAsync(title);
            await page.Locator("#Input_Summary").FillAsync($"Video consultations ({marker}) between rural health centres and hospital specialists.");
            await page.Locator("#Input_Description").FillAsync("Specialists see patients of remote centres by video, with the family doctor present. **Waiting times fell by half.**");
            await SaveAndContinueAsync(page, 2);

            await page.Locator("#Input_CountriesOfOrigin").SelectOptionAsync("IS");
            await SaveAndContinueAsync(page, 3);

            await page.Locator("#Input_Trl-7").CheckAsync();
            await page.Locator("#Input_TrlJustification").FillAsync("Running in routine care at eight centres.");
            await page.Locator("#Input_Stage-dha-stage-06").CheckAsync();
            await page.Locator("#Input_StageJustification").FillAsync("Integrated into the regional service portfolio.");
            await SaveAndContinueAsync(page, 4);
            await SaveAndContinueAsync(page, 5);

            await page.Locator("#Input_Contacts_0__Name").FillAsync("Lucía Fernández");
            await page.Locator("#Input_Contacts_0__Email").FillAsync("lucia.fernandez@castilla-sol.example");
            await SaveAndContinueAsync(page, 6);

            await page.GetByRole(AriaRole.Button, new() { Name = "Submit for review", Exact = true }).ClickAsync();
            await Expect(page.Locator("p.notice")).ToBeVisibleAsync();
            await page.SignOutAsync();

            // Not yet public: drafts and submissions never reach search.
            Assert.Equal(icelandBefore, await IcelandCountAsync(page));

            await page.SignInAsync("Carla Ruiz");
            await page.GotoAsync("/curation");
            await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
            await page.WaitForPathAsync("/curation");
            await page.SignOutAsync();

            // Indexing runs in the background from the outbox: poll the public search, as a reader would refresh.
            await page.GotoAsync($"/practices?q={marker}");
            for (var attempt = 0; attempt < 30 && await page.Locator("ol.result-list li").CountAsync() == 0; attempt++)
            {
                await page.WaitForTimeoutAsync(1000);
                await page.ReloadAsync();
            }

            var result = page.Locator("ol.result-list li");
            await Expect(result).ToHaveCountAsync(1);
            await Expect(result.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
            await Expect(result.Locator("mark").First).ToBeVisibleAsync();
            Assert.Equal(icelandBefore + 1, await IcelandCountAsync(page));

            await result.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync(title);
            await Expect(page.Locator("section.markdown strong")).ToHaveTextAsync("Waiting times fell by half.");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task SaveAndContinueAsync(IPage page, int nextStep)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains($"step={nextStep}"));
    }

    /// <summary>The number beside "Iceland" in the public country facet, or 0 when no published practice names it.</summary>
    private static async Task<int> IcelandCountAsync(IPage page)
    {
        await page.GotoAsync("/practices");
        var label = page.Locator("label[for='f-country-IS']");
        if (await label.CountAsync() == 0)
        {
            return 0;
        }

        return int.Parse(Count().Match(await label.TextContentAsync() ?? "").Groups[1].Value);
    }

    [GeneratedRegex(@"\((\d+)\)")]
    private static partial Regex Count();
}
