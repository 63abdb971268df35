using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

/// <summary>
/// A collective project from invitation to revocation (decision record 0007): the partner's members reach the lead's
/// project under their own organisation's routes only while the partnership is active, and its people leave the team
/// the moment it ends.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PartnerLifecycleTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task An_accepted_partner_works_in_the_project_under_its_own_routes_until_the_lead_revokes_it()
    {
        var (lead, leadOwner, projectId) = await LeadProjectAsync();
        var partnerAdmin = TestPerson.New("Pia");
        var partner = await api.RegisterAsync(partnerAdmin);
        var nurse = TestPerson.New("Piet");
        var nurseId = (await api.AddMemberAsync(partner, partnerAdmin, nurse)).UserId;
        var nurseClient = api.As(nurse);
        var partnerProject = Projects.PathOf(partner, projectId);

        var partnershipId = await Partnerships.InviteAsync(api, lead, leadOwner, projectId, partner);
        Assert.Contains($"/t/{partner.Slug}/partnerships", await MailToAsync(partnerAdmin));
        var invited = Assert.Single(await PartnershipsOfAsync(partner, partnerAdmin));
        Assert.Equal(("Invited", lead.Name, "COPD telemonitoring on ward 4"),
            (invited.GetProperty("state").GetString(), invited.GetProperty("leadOrganisation").GetString(), invited.GetProperty("projectTitle").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await nurseClient.GetAsync(partnerProject)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Partnerships.AnswerAsync(api, partner, partnerAdmin, partnershipId, "accept")).StatusCode);

        var listed = await nurseClient.GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{partner.Id}/projects", Api.Json);
        var item = Assert.Single(listed.EnumerateArray(), p => p.GetProperty("id").GetGuid() == projectId);
        Assert.True(item.GetProperty("asPartner").GetBoolean());
        var asNurse = await Projects.GetAsync(api, partner, nurse, projectId);
        Assert.Equal(("Observer", true, lead.Name),
            (asNurse.GetProperty("yourRole").GetString(), asNurse.GetProperty("asPartner").GetBoolean(), asNurse.GetProperty("leadOrganisation").GetString()));

        await Projects.AddToTeamAsync(api, lead, leadOwner, projectId, nurseId);
        var team = await Projects.GetAsync(api, partner, nurse, projectId, "/team");
        var onTeam = Assert.Single(team.EnumerateArray(), m => m.GetProperty("userId").GetGuid() == nurseId);
        Assert.Equal((partner.Id, "TeamMember"), (onTeam.GetProperty("organisationId").GetGuid(), onTeam.GetProperty("role").GetString()));
        Assert.Equal("TeamMember", (await Projects.GetAsync(api, partner, nurse, projectId)).GetProperty("yourRole").GetString());

        // A write into the lead's rows from the partner's route: it needs a facilitator, which the nurse becomes.
        var assign = () => nurseClient.PutAsJsonAsync($"{partnerProject}/steps/Identify", new { ownerUserId = nurseId }, Api.Json);
        var refused = await (await assign()).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("you are team member", refused.GetProperty("detail").GetString());
        var onTeamId = onTeam.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await api.As(leadOwner).PutAsJsonAsync(
            $"{Projects.PathOf(lead, projectId)}/team/{onTeamId}", new { role = "Facilitator" }, Api.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await assign()).StatusCode);
        var identify = (await Projects.GetAsync(api, lead, leadOwner, projectId)).GetProperty("steps").EnumerateArray().First();
        Assert.Equal(nurseId, identify.GetProperty("ownerUserId").GetGuid());

        await Partnerships.RevokeAsync(api, lead, leadOwner, projectId, partnershipId);

        Assert.Equal(HttpStatusCode.NotFound, (await nurseClient.GetAsync(partnerProject)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nurseClient.GetAsync(partnerProject + "/team")).StatusCode);
        Assert.DoesNotContain((await nurseClient.GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{partner.Id}/projects", Api.Json)).EnumerateArray(),
            p => p.GetProperty("id").GetGuid() == projectId);
        Assert.DoesNotContain((await Projects.GetAsync(api, lead, leadOwner, projectId, "/team")).EnumerateArray(),
            m => m.GetProperty("userId").GetGuid() == nurseId);
        Assert.Empty(await PartnershipsOfAsync(partner, partnerAdmin));
        var partners = await Projects.GetAsync(api, lead, leadOwner, projectId, "/partners");
        Assert.Equal("Revoked", Assert.Single(partners.EnumerateArray()).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_partner_organisations_admin_is_an_observer_not_a_lead_unless_put_on_the_team()
    {
        var (lead, leadOwner, projectId) = await LeadProjectAsync();
        var partnerOwner = TestPerson.New("Olga");
        var partner = await api.RegisterAsync(partnerOwner);
        await Partnerships.JoinAsync(api, lead, leadOwner, projectId, partner, partnerOwner);
        var client = api.As(partnerOwner);
        var ownerId = (await api.MembersAsync(partner, partnerOwner)).Single().UserId;

        Assert.Equal("Observer", (await Projects.GetAsync(api, partner, partnerOwner, projectId)).GetProperty("yourRole").GetString());
        var partnerPartners = Partnerships.PartnersPath(partner, projectId);
        await (await client.GetAsync(partnerPartners)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await client.PostAsJsonAsync(Projects.PathOf(partner, projectId) + "/team", new { userId = ownerId, role = "Lead" }, Api.Json))
            .AssertProblemAsync(HttpStatusCode.Forbidden);

        // Even as a lead of the team, a partner's person does not choose the partners: that is the lead organisation's.
        await Projects.AddToTeamAsync(api, lead, leadOwner, projectId, ownerId, "Lead");
        Assert.Equal("Lead", (await Projects.GetAsync(api, partner, partnerOwner, projectId)).GetProperty("yourRole").GetString());
        var third = await api.RegisterAsync(TestPerson.New("Thea"));
        await (await Partnerships.TryInviteAsync(api, partner, partnerOwner, projectId, third.Slug)).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Leaving_takes_the_partners_people_off_the_team_and_both_audit_logs_name_who_did_it()
    {
        var (lead, leadOwner, projectId) = await LeadProjectAsync();
        var partnerOwner = TestPerson.New("Lars");
        var partner = await api.RegisterAsync(partnerOwner);
        var partnershipId = await Partnerships.JoinAsync(api, lead, leadOwner, projectId, partner, partnerOwner);
        var ownerId = (await api.MembersAsync(partner, partnerOwner)).Single().UserId;
        await Projects.AddToTeamAsync(api, lead, leadOwner, projectId, ownerId);

        Assert.Equal(HttpStatusCode.NoContent, (await Partnerships.AnswerAsync(api, partner, partnerOwner, partnershipId, "leave")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await api.As(partnerOwner).GetAsync(Projects.PathOf(partner, projectId))).StatusCode);
        Assert.Equal(0, await api.InDatabaseAsync(db => db.ProjectMembers.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .CountAsync(m => m.ProjectId == projectId && m.OrganisationId == partner.Id)));
        var leadLog = await AuditAsync(lead, leadOwner);
        foreach (var action in new[] { "partnership.invited", "partnership.accepted", "partnership.left" })
        {
            Assert.Contains(leadLog, e => e.Action == action && e.Details!.Contains(partner.Name));
        }

        Assert.Contains(leadLog, e => e.Action == "partnership.left" && e.Actor == partnerOwner.Name);
        var partnerLog = await AuditAsync(partner, partnerOwner);
        Assert.Contains(partnerLog, e => e.Action == "partnership.accepted" && e.Details!.Contains(lead.Name));
        Assert.Contains(partnerLog, e => e.Action == "partnership.left");
        Assert.DoesNotContain(partnerLog, e => e.Action == "partnership.invited");
    }

    [Fact]
    public async Task Inviting_again_after_a_decline_reuses_the_partnership_and_starts_it_afresh()
    {
        var (lead, leadOwner, projectId) = await LeadProjectAsync();
        var partnerOwner = TestPerson.New("Dora");
        var partner = await api.RegisterAsync(partnerOwner);
        var first = await Partnerships.InviteAsync(api, lead, leadOwner, projectId, partner);
        Assert.Equal(HttpStatusCode.NoContent, (await Partnerships.AnswerAsync(api, partner, partnerOwner, first, "decline")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.As(partnerOwner).GetAsync(Projects.PathOf(partner, projectId))).StatusCode);

        var second = await Partnerships.InviteAsync(api, lead, leadOwner, projectId, partner);

        Assert.Equal(first, second);
        var row = Assert.Single(await PartnershipsOfAsync(partner, partnerOwner));
        Assert.Equal("Invited", row.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("respondedAt").ValueKind);
        Assert.Equal(2, (await MailsToAsync(partnerOwner)).Count);
    }

    private async Task<(OrgRef Lead, TestPerson Owner, Guid ProjectId)> LeadProjectAsync()
    {
        var owner = TestPerson.New("Lena");
        var lead = await api.RegisterAsync(owner);
        return (lead, owner, await Projects.StartAsync(api, lead, owner));
    }

    private async Task<List<JsonElement>> PartnershipsOfAsync(OrgRef partner, TestPerson admin) =>
        [.. (await api.As(admin).GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{partner.Id}/partnerships", Api.Json)).EnumerateArray()];

    private Task<List<string>> MailsToAsync(TestPerson person) =>
        api.InDatabaseAsync(db => db.OutgoingMails.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(m => m.To == person.Email.ToLowerInvariant()).Select(m => m.TextBody).ToListAsync());

    private async Task<string> MailToAsync(TestPerson person) => Assert.Single(await MailsToAsync(person));

    private async Task<List<(string Action, string Actor, string? Details)>> AuditAsync(OrgRef org, TestPerson admin) =>
        (await api.As(admin).GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{org.Id}/audit?pageSize=100", Api.Json))
            .GetProperty("items").EnumerateArray()
            .Select(e => (e.GetProperty("action").GetString()!, e.GetProperty("actorName").GetString()!, e.GetProperty("details").GetString()))
            .ToList();
}
