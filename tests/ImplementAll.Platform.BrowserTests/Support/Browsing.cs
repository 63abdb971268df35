using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImplementAll.Platform.BrowserTests.Support;

/// <summary>What a person does in the shell, expressed once: sign in and out, switch organisation, wait for a page.</summary>
public static class Browsing
{
    public static async Task SignInAsync(this IPage page, string displayName)
    {
        await page.GotoAsync("/signin");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in as {displayName}", Exact = true }).ClickAsync();
        await page.WaitForPathAsync("/");
        await Expect(page.Locator("header .who")).ToHaveTextAsync(displayName);
    }

    public static async Task SignOutAsync(this IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        await page.WaitForPathAsync("/");
        await Expect(page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
    }

    public static async Task SwitchOrganisationAsync(this IPage page, string organisationName, string expectedSlug)
    {
        await page.Locator("select#tenant-switch").SelectOptionAsync(new SelectOptionValue { Label = organisationName });
        await page.Locator("form.switcher").GetByRole(AriaRole.Button, new() { Name = "Switch", Exact = true }).ClickAsync();
        await page.WaitForPathAsync($"/t/{expectedSlug}");
    }

    /// <summary>Waits (event-based, bounded by Playwright's navigation timeout) until the page shows this path.</summary>
    public static Task WaitForPathAsync(this IPage page, string path) =>
        page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path);

    public static string PathOf(this IPage page) => new Uri(page.Url).AbsolutePath;

    /// <summary>The validation message shown in the same field group as the input with this id.</summary>
    public static ILocator FieldError(this IPage page, string inputId) =>
        page.Locator(".field", new() { Has = page.Locator($"#{inputId}") }).Locator("span.field-error");

    public static readonly Regex AnyText = new(@"\S");
}
