using System.Net;
using System.Net.Http.Json;
using ImplementAll.Platform.Core.Workspaces;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

/// <summary>What each bad request about a partnership gets: problem details, and nothing written.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PartnerInputTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task An_unknown_missing_or_own_organisation_gets_400_beside_the_slug_and_nothing_is_invited()
    {
        var (lead, owner, projectId) = await LeadProjectAsync();

        foreach (var (slug, message) in new[]
        {
            ("no-such-organisation", "No organisation has the short name 'no-such-organisation'."),
            ("", "Enter the partner organisation's short name, as in its address /t/short-name."),
            (lead.Slug.ToUpperInvariant(), "Your organisation leads this project; invite another organisation."),
        })
        {
            var problem = await (await Partnerships.TryInviteAsync(api, lead, owner, projectId, slug)).AssertProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal([message], problem.FieldErrors("organisationSlug"));
        }

        var partner = await api.RegisterAsync(TestPerson.New("Mo"));
        var tooLong = await Partnerships.TryInviteAsync(api, lead, owner, projectId, partner.Slug, new string('m', 1001));
        Assert.Equal(["The message can be at most 1,000 characters."],
            (await tooLong.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("message"));
        Assert.Equal(0, await api.InDatabaseAsync(db => db.WorkspacePartnerships.CountAsync(p => p.WorkspaceId == projectId)));
    }

    [Fact]
    public async Task Inviting_an_invited_or_active_partner_again_gets_409()
    {
        var (lead, owner, projectId) = await LeadProjectAsync();
        var partnerAdmin = TestPerson.New("Dan");
        var partner = await api.RegisterAsync(partnerAdmin);
        var partnershipId = await Partnerships.InviteAsync(api, lead, owner, projectId, partner);

        var again = await (await Partnerships.TryInviteAsync(api, lead, owner, projectId, partner.Slug)).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal([$"{partner.Name} is already invited."], again.FieldErrors("organisationSlug"));
        Assert.Equal(HttpStatusCode.NoContent, (await Partnerships.AnswerAsync(api, partner, partnerAdmin, partnershipId, "accept")).StatusCode);
        var active = await (await Partnerships.TryInviteAsync(api, lead, owner, projectId, partner.Slug)).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal([$"{partner.Name} is already a partner."], active.FieldErrors("organisationSlug"));
    }

    [Fact]
    public async Task Answers_in_the_wrong_state_get_409_and_change_nothing()
    {
        var (lead, owner, projectId) = await LeadProjectAsync();
        var partnerAdmin = TestPerson.New("Wim");
        var partner = await api.RegisterAsync(partnerAdmin);
        var partnershipId = await Partnerships.InviteAsync(api, lead, owner, projectId, partner);

        await (await Partnerships.AnswerAsync(api, partner, partnerAdmin, partnershipId, "leave")).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, (await Partnerships.AnswerAsync(api, partner, partnerAdmin, partnershipId, "accept")).StatusCode);
        await (await Partnerships.AnswerAsync(api, partner, partnerAdmin, partnershipId, "accept")).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await Partnerships.AnswerAsync(api, partner, partnerAdmin, partnershipId, "decline")).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(PartnershipState.Active, await StateAsync(partnershipId));

        await Partnerships.RevokeAsync(api, lead, owner, projectId, partnershipId);
        await (await api.As(owner).PostAsync($"{Partnerships.PartnersPath(lead, projectId)}/{partnershipId}/revoke", null))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        await (await Partnerships.AnswerAsync(api, partner, partnerAdmin, partnershipId, "leave")).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(PartnershipState.Revoked, await StateAsync(partnershipId));
    }

    [Fact]
    public async Task Only_the_partners_admins_answer_and_only_the_leads_leads_invite()
    {
        var (lead, owner, projectId) = await LeadProjectAsync();
        var leadMember = TestPerson.New("Nils");
        var leadMemberId = (await api.AddMemberAsync(lead, owner, leadMember, "Editor")).UserId;
        await Projects.AddToTeamAsync(api, lead, owner, projectId, leadMemberId, "Facilitator");
        var partnerAdmin = TestPerson.New("Ann");
        var partner = await api.RegisterAsync(partnerAdmin);
        var partnerEditor = TestPerson.New("Ed");
        await api.AddMemberAsync(partner, partnerAdmin, partnerEditor, "Editor");

        await (await Partnerships.TryInviteAsync(api, lead, leadMember, projectId, partner.Slug)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var partnershipId = await Partnerships.InviteAsync(api, lead, owner, projectId, partner);

        Assert.Equal(HttpStatusCode.Forbidden, (await Partnerships.AnswerAsync(api, partner, partnerEditor, partnershipId, "accept")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.As(partnerEditor).GetAsync($"/api/v1/tenants/{partner.Id}/partnerships")).StatusCode);
        Assert.Equal(PartnershipState.Invited, await StateAsync(partnershipId));
    }

    [Fact]
    public async Task Another_organisations_partnership_or_another_projects_is_not_found()
    {
        var (lead, owner, projectId) = await LeadProjectAsync();
        var partnerAdmin = TestPerson.New("Bea");
        var partner = await api.RegisterAsync(partnerAdmin);
        var partnershipId = await Partnerships.InviteAsync(api, lead, owner, projectId, partner);
        var otherAdmin = TestPerson.New("Cas");
        var other = await api.RegisterAsync(otherAdmin);
        var otherProject = await Projects.StartAsync(api, lead, owner, Projects.Input("Another project"));

        foreach (var answer in new[] { "accept", "decline", "leave" })
        {
            await (await Partnerships.AnswerAsync(api, other, otherAdmin, partnershipId, answer)).AssertProblemAsync(HttpStatusCode.NotFound);
        }

        await (await api.As(owner).PostAsync($"{Partnerships.PartnersPath(lead, otherProject)}/{partnershipId}/revoke", null))
            .AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(PartnershipState.Invited, await StateAsync(partnershipId));
    }

    private async Task<(OrgRef Lead, TestPerson Owner, Guid ProjectId)> LeadProjectAsync()
    {
        var owner = TestPerson.New("Lotte");
        var lead = await api.RegisterAsync(owner);
        return (lead, owner, await Projects.StartAsync(api, lead, owner));
    }

    private Task<PartnershipState> StateAsync(Guid partnershipId) =>
        api.InDatabaseAsync(db => db.WorkspacePartnerships.Where(p => p.Id == partnershipId).Select(p => p.State).SingleAsync());
}
