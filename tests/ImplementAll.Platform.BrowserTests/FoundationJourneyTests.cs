using ImplementAll.Platform.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImplementAll.Platform.BrowserTests;

/// <summary>The platform foundation end to end in a real browser: switch organisations, invite by mail, accept, see the new member.</summary>
public sealed class FoundationJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Fjordland = "fjordland-health-trust";
    private const string Commons = "digital-health-commons";
    private const string Eva = "eva.novak@zdravje.example";

    [Fact]
    public async Task Owner_invites_a_newcomer_who_accepts_by_mail_and_appears_among_the_members()
    {
        var page = await app.NewPageAsync();
        try
        {
            // Ingrid belongs to two organisations: the switcher takes her between them, and the tenant navigation follows.
            await page.SignInAsync("Ingrid Solberg");
            await page.SwitchOrganisationAsync("Digital Health Commons Europe", Commons);
            Assert.Equal($"{app.BaseUrl}/t/{Commons}", page.Url);
            var tenantNav = page.GetByRole(AriaRole.Navigation, new() { Name = "Organisation", Exact = true });
            await Expect(tenantNav.Locator("strong")).ToHaveTextAsync("Digital Health Commons Europe");
            await Expect(tenantNav.GetByRole(AriaRole.Link, new() { Name = "Members", Exact = true })).ToHaveAttributeAsync("href", $"/t/{Commons}/members");
            // She is a plain member there: no settings.
            await Expect(tenantNav.GetByRole(AriaRole.Link, new() { Name = "Settings", Exact = true })).ToHaveCountAsync(0);
            await Expect(page.Locator("select#tenant-switch")).ToHaveValueAsync(Commons);

            await page.SwitchOrganisationAsync("Fjordland Health Trust", Fjordland);
            Assert.Equal($"{app.BaseUrl}/t/{Fjordland}", page.Url);
            await Expect(tenantNav.Locator("strong")).ToHaveTextAsync("Fjordland Health Trust");
            await Expect(tenantNav.GetByRole(AriaRole.Link, new() { Name = "Settings", Exact = true })).ToBeVisibleAsync();

            // Invite Eva as an editor.
            await tenantNav.GetByRole(AriaRole.Link, new() { Name = "Members", Exact = true }).ClickAsync();
            await page.WaitForPathAsync($"/t/{Fjordland}/members");
            await page.Locator("#Invite_Email").FillAsync(Eva);
            await page.Locator("#Invite_Role").SelectOptionAsync("Editor");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation", Exact = true }).ClickAsync();
            await Expect(page.Locator("p.notice")).ToHaveTextAsync($"An invitation was sent to {Eva}.");
            Assert.Equal($"/t/{Fjordland}/members", page.PathOf());
            var invitation = page.GetByRole(AriaRole.Table, new() { Name = "Invitations", Exact = true })
                .GetByRole(AriaRole.Row).Filter(new() { HasText = Eva });
            await Expect(invitation).ToHaveCountAsync(1);
            await Expect(invitation.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("Editor");
            await Expect(invitation.GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync("Pending");
            await page.SignOutAsync();

            // The background job delivers the invitation to the pickup folder.
            var mail = await MailPickup.WaitForMessageToAsync(app.MailPickupFolder, Eva, TimeSpan.FromSeconds(30));
            Assert.Contains("Fjordland Health Trust", mail.Subject);
            var link = MailPickup.InvitationLink(mail);
            Assert.StartsWith($"{app.BaseUrl}/invitations/accept?token=", link);

            // Eva opens the link signed in, accepts, and lands in the organisation.
            await page.SignInAsync("Eva Novak");
            await page.GotoAsync(link);
            await Expect(page.Locator("main .lead")).ToContainTextAsync("Fjordland Health Trust");
            await page.GetByRole(AriaRole.Button, new() { Name = "Accept and join", Exact = true }).ClickAsync();
            await page.WaitForPathAsync($"/t/{Fjordland}");
            Assert.Equal($"{app.BaseUrl}/t/{Fjordland}", page.Url);
            await Expect(page.Locator("p.notice")).ToHaveTextAsync("Welcome to Fjordland Health Trust.");
            await Expect(tenantNav.Locator("strong")).ToHaveTextAsync("Fjordland Health Trust");
            await page.SignOutAsync();

            // Ingrid now sees Eva among the members, as an editor, and the invitation as accepted.
            await page.SignInAsync("Ingrid Solberg");
            await page.GotoAsync($"/t/{Fjordland}/members");
            var member = page.GetByRole(AriaRole.Table, new() { Name = "Members", Exact = true })
                .GetByRole(AriaRole.Row).Filter(new() { HasText = "Eva Novak" });
            await Expect(member).ToHaveCountAsync(1);
            await Expect(member).ToContainTextAsync(Eva);
            await Expect(page.GetByLabel("Role of Eva Novak", new() { Exact = true })).ToHaveValueAsync("Editor");
            await Expect(invitation.GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync("Accepted");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
