using ImplementAll.Platform.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImplementAll.Platform.BrowserTests;

/// <summary>Bad input in a form comes back with a message beside the field it concerns, not only in a summary.</summary>
public sealed class ValidationMessageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_invalid_invitation_email_is_explained_beside_the_email_field()
    {
        var page = await app.NewPageAsync();
        try
        {
            await page.SignInAsync("Ingrid Solberg");
            await page.GotoAsync("/t/fjordland-health-trust/members");
            await page.Locator("#Invite_Email").FillAsync("not-an-email");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation", Exact = true }).ClickAsync();

            await Expect(page.FieldError("Invite_Email")).ToHaveTextAsync(Browsing.AnyText);
            await Expect(page.FieldError("Invite_Email")).ToContainTextAsync("valid email address");
            await Expect(page.Locator("#Invite_Email")).ToHaveValueAsync("not-an-email");
            await Expect(page.Locator("p.notice")).ToHaveCountAsync(0);
            await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Invitations", Exact = true })).ToHaveCountAsync(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_invalid_slug_is_explained_beside_the_slug_field()
    {
        var page = await app.NewPageAsync();
        try
        {
            await page.SignInAsync("Ingrid Solberg");
            await page.GotoAsync("/organisations/new");
            await page.Locator("#Input_Name").FillAsync("Bad Slug Hospital");
            await page.Locator("#Input_Kind").SelectOptionAsync("Hospital");
            await page.Locator("#Input_CountryCode").SelectOptionAsync("NO");
            await page.Locator("#Input_Slug").FillAsync("Bad Slug!");
            await page.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();

            await Expect(page.FieldError("Input_Slug")).ToHaveTextAsync(Browsing.AnyText);
            await Expect(page.FieldError("Input_Slug")).ToContainTextAsync("lower-case letters");
            Assert.Equal("/organisations/new", page.PathOf());
            await Expect(page.FieldError("Input_Name")).ToHaveTextAsync("");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
