using System.Net;
using System.Text.RegularExpressions;
using ImplementAll.Platform.Core.Workspaces;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

/// <summary>The Team page and the partnerships page as a browser without script uses them: forms with antiforgery, messages beside rows and fields.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class PartnerPageTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task A_lead_invites_on_the_team_page_the_partner_accepts_on_its_page_and_a_bad_slug_is_explained_beside_the_field()
    {
        var leadOwner = TestPerson.New("Tove");
        var lead = await api.RegisterAsync(leadOwner);
        var projectId = await Projects.StartAsync(api, lead, leadOwner);
        var partnerAdmin = TestPerson.New("Pim");
        var partner = await api.RegisterAsync(partnerAdmin);
        var leadClient = api.As(leadOwner);
        var team = $"/t/{lead.Slug}/projects/{projectId}/team";

        var unknown = await PostAsync(leadClient, team, "Invite", ("Partner.OrganisationSlug", "nobody-here"));
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal("No organisation has the short name 'nobody-here'.", MessageBeside(await unknown.Content.ReadAsStringAsync(), "Partner.OrganisationSlug"));

        var invited = await PostAsync(leadClient, team, "Invite", ("Partner.OrganisationSlug", partner.Slug), ("Partner.Message", "Welcome"));
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Contains(partner.Name, await leadClient.GetStringAsync(team));

        var partnerClient = api.As(partnerAdmin);
        var page = $"/t/{partner.Slug}/partnerships";
        Assert.Contains("COPD telemonitoring on ward 4", await partnerClient.GetStringAsync(page));
        var partnershipId = await api.InDatabaseAsync(db => db.WorkspacePartnerships.Where(p => p.PartnerTenantId == partner.Id).Select(p => p.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(partnerClient, page, $"Accept&partnershipId={partnershipId}")).StatusCode);
        var missing = await PostAsync(partnerClient, page, $"Leave&partnershipId={Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("The partnership was not found.", await missing.Content.ReadAsStringAsync());
        Assert.Equal(PartnershipState.Active, await api.InDatabaseAsync(db => db.WorkspacePartnerships.Where(p => p.Id == partnershipId).Select(p => p.State).SingleAsync()));
        Assert.Contains("You take part as a partner", await partnerClient.GetStringAsync($"/t/{partner.Slug}/projects/{projectId}/team"));
    }

    [Fact]
    public async Task Removing_the_last_lead_is_explained_beside_that_person_and_only_admins_see_the_partnerships_page()
    {
        var owner = TestPerson.New("Ulla");
        var org = await api.RegisterAsync(owner);
        var projectId = await Projects.StartAsync(api, org, owner);
        var member = TestPerson.New("Mats");
        await api.AddMemberAsync(org, owner, member);
        var client = api.As(owner);
        var team = $"/t/{org.Slug}/projects/{projectId}/team";
        var leadRow = (await Projects.GetAsync(api, org, owner, projectId, "/team")).EnumerateArray().Single().GetProperty("id").GetGuid();

        var refused = await PostAsync(client, team, $"Remove&projectMemberId={leadRow}");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("A project needs at least one lead; make someone else lead first.", MessageBeside(await refused.Content.ReadAsStringAsync(), $"Member.{leadRow}"));
        Assert.Contains($"/t/{org.Slug}/partnerships", await client.GetStringAsync($"/t/{org.Slug}/projects"));
        Assert.DoesNotContain($"/t/{org.Slug}/partnerships", await api.As(member).GetStringAsync($"/t/{org.Slug}/projects"));
        Assert.Equal(HttpStatusCode.Forbidden, (await api.As(member).GetAsync($"/t/{org.Slug}/partnerships")).StatusCode);
    }

    /// <summary>Posts a page's form back with the antiforgery token from its hidden field and the cookie the client kept.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string handler, params (string Name, string Value)[] fields)
    {
        var html = await client.GetStringAsync(page);
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups["token"].Value);
        return await client.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(
            [.. fields.Select(f => KeyValuePair.Create(f.Name, f.Value)), KeyValuePair.Create("__RequestVerificationToken", token)]));
    }

    private static string? MessageBeside(string html, string field)
    {
        var match = Regex.Match(html, $"<span class=\"field-error[^\"]*\" data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>(?<message>[^<]*)</span>");
        return match.Success ? WebUtility.HtmlDecode(match.Groups["message"].Value) : null;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
