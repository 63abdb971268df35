using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.IntegrationTests;

[Collection(PlatformCollection.Name)]
public sealed class InvitationTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task An_invitation_is_mailed_accepted_once_and_audited()
    {
        var owner = TestPerson.New("Iris");
        var org = await api.RegisterAsync(owner);
        var guest = TestPerson.New("Gus");

        var invite = await api.InviteAsync(org, owner, guest.Email, "Editor");
        Assert.Equal(HttpStatusCode.Created, invite.StatusCode);
        var view = await invite.Content.ReadFromJsonAsync<JsonElement>(Api.Json);
        Assert.Equal("Pending", view.GetProperty("state").GetString());
        Assert.False(view.TryGetProperty("token", out _), "The link's token must travel only by mail.");

        var token = await api.LatestInvitationTokenAsync(guest.Email);
        var accepted = await api.AcceptAsync(guest, token);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(org.Slug, (await accepted.Content.ReadFromJsonAsync<JsonElement>(Api.Json)).GetProperty("tenantSlug").GetString());
        Assert.Contains(await api.MembersAsync(org, owner), m => m.Role == "Editor" && m.DisplayName == guest.Name);

        var reused = await api.AcceptAsync(guest, token);
        await reused.AssertProblemAsync(HttpStatusCode.Conflict);

        var audit = await api.As(owner).GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{org.Id}/audit", Api.Json);
        var actions = audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("invitation.sent", actions);
        Assert.Contains("invitation.accepted", actions);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Malformed_tokens_get_400(string token)
    {
        var response = await api.AcceptAsync(TestPerson.New("Tom"), token);
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_tampered_token_gets_400_and_writes_nothing()
    {
        var owner = TestPerson.New("Tara");
        var org = await api.RegisterAsync(owner);
        var guest = TestPerson.New("Gil");
        await api.InviteAsync(org, owner, guest.Email);
        var token = await api.LatestInvitationTokenAsync(guest.Email);
        var tampered = token[..^4] + (token[^4] == 'A' ? "BBBB" : "AAAA");

        await (await api.AcceptAsync(guest, tampered)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(await api.MembersAsync(org, owner));
    }

    [Fact]
    public async Task An_expired_invitation_gets_400_and_a_withdrawn_one_409()
    {
        var owner = TestPerson.New("Eli");
        var org = await api.RegisterAsync(owner);
        var late = TestPerson.New("Late");
        await api.InviteAsync(org, owner, late.Email);
        var lateToken = await api.LatestInvitationTokenAsync(late.Email);
        var withdrawn = TestPerson.New("Wendy");
        var invite = await (await api.InviteAsync(org, owner, withdrawn.Email)).Content.ReadFromJsonAsync<JsonElement>(Api.Json);
        var withdrawnToken = await api.LatestInvitationTokenAsync(withdrawn.Email);
        Assert.Equal(HttpStatusCode.NoContent,
            (await api.As(owner).DeleteAsync($"/api/v1/tenants/{org.Id}/invitations/{invite.GetProperty("id").GetGuid()}")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromDays(8));
        try
        {
            var expired = await (await api.AcceptAsync(late, lateToken)).AssertProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal("Invitation expired", expired.GetProperty("title").GetString());
            await (await api.AcceptAsync(withdrawn, withdrawnToken)).AssertProblemAsync(HttpStatusCode.Conflict);
        }
        finally
        {
            factory.Clock.Advance(TimeSpan.FromDays(-8));
        }

        Assert.Single(await api.MembersAsync(org, owner));
    }

    [Fact]
    public async Task Only_the_invited_address_can_accept()
    {
        var owner = TestPerson.New("Una");
        var org = await api.RegisterAsync(owner);
        var invited = TestPerson.New("Ivy");
        await api.InviteAsync(org, owner, invited.Email);
        var token = await api.LatestInvitationTokenAsync(invited.Email);

        await (await api.AcceptAsync(TestPerson.New("Interloper"), token)).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await api.AcceptAsync(invited, token)).StatusCode);
    }

    [Fact]
    public async Task Inviting_again_replaces_the_earlier_link()
    {
        var owner = TestPerson.New("Rex");
        var org = await api.RegisterAsync(owner);
        var guest = TestPerson.New("Gia");
        await api.InviteAsync(org, owner, guest.Email);
        var first = await api.LatestInvitationTokenAsync(guest.Email);
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        await api.InviteAsync(org, owner, guest.Email);
        var second = await api.LatestInvitationTokenAsync(guest.Email);

        await (await api.AcceptAsync(guest, first)).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await api.AcceptAsync(guest, second)).StatusCode);
    }

    [Fact]
    public async Task Bad_invitations_are_refused_with_the_field_named()
    {
        var owner = TestPerson.New("Bea");
        var org = await api.RegisterAsync(owner);

        Assert.NotEmpty((await (await api.InviteAsync(org, owner, "not-an-email")).AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("email"));
        Assert.NotEmpty((await (await api.InviteAsync(org, owner, new string('a', 250) + "@x.org")).AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("email"));
        var self = await api.InviteAsync(org, owner, owner.Email);
        Assert.NotEmpty((await self.AssertProblemAsync(HttpStatusCode.Conflict)).FieldErrors("email"));
        Assert.Equal(0, await api.InDatabaseAsync(db => db.Invitations.IgnoreQueryFilters([Core.Data.PlatformDbContext.TenantFilter]).CountAsync(i => i.TenantId == org.Id)));
    }

    [Fact]
    public async Task Members_cannot_invite_and_admins_cannot_invite_owners()
    {
        var owner = TestPerson.New("Ora");
        var org = await api.RegisterAsync(owner);
        var member = TestPerson.New("Mat");
        await api.AddMemberAsync(org, owner, member);
        var admin = TestPerson.New("Abe");
        await api.AddMemberAsync(org, owner, admin, "Admin");

        Assert.Equal(HttpStatusCode.Forbidden, (await api.InviteAsync(org, member, "x@test.example")).StatusCode);
        await (await api.InviteAsync(org, admin, "y@test.example", "Owner")).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Created, (await api.InviteAsync(org, admin, "z@test.example", "Editor")).StatusCode);
    }
}
