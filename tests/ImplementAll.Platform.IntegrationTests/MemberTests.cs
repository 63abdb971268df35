using System.Net;
using System.Net.Http.Json;
using ImplementAll.Platform.IntegrationTests.Support;

namespace ImplementAll.Platform.IntegrationTests;

[Collection(PlatformCollection.Name)]
public sealed class MemberTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task The_last_owner_cannot_be_demoted_removed_or_leave()
    {
        var owner = TestPerson.New("Lone");
        var org = await api.RegisterAsync(owner);
        var me = Assert.Single(await api.MembersAsync(org, owner));
        var client = api.As(owner);

        await (await client.PutAsJsonAsync($"/api/v1/tenants/{org.Id}/members/{me.MembershipId}/role", new { role = "Admin" }, Api.Json))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        await (await client.DeleteAsync($"/api/v1/tenants/{org.Id}/members/{me.MembershipId}")).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await client.PostAsync($"/api/v1/tenants/{org.Id}/leave", null)).AssertProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("Owner", Assert.Single(await api.MembersAsync(org, owner)).Role);
    }

    [Fact]
    public async Task With_a_second_owner_the_first_can_step_down_and_leave()
    {
        var owner = TestPerson.New("First");
        var org = await api.RegisterAsync(owner);
        var second = TestPerson.New("Second");
        await api.AddMemberAsync(org, owner, second, "Owner");

        Assert.Equal(HttpStatusCode.NoContent, (await api.As(owner).PostAsync($"/api/v1/tenants/{org.Id}/leave", null)).StatusCode);
        var remaining = Assert.Single(await api.MembersAsync(org, second));
        Assert.Equal("Owner", remaining.Role);
        Assert.Equal(HttpStatusCode.NotFound, (await api.As(owner).GetAsync($"/api/v1/tenants/{org.Id}/members")).StatusCode);
    }

    [Fact]
    public async Task Admins_manage_members_but_only_owners_grant_or_take_the_owner_role()
    {
        var owner = TestPerson.New("Ola");
        var org = await api.RegisterAsync(owner);
        var admin = await api.AddMemberAsync(org, owner, TestPerson.New("Ada"), "Admin");
        var adminPerson = TestPerson.New("Ada2");
        await api.AddMemberAsync(org, owner, adminPerson, "Admin");
        var member = await api.AddMemberAsync(org, owner, TestPerson.New("Mia"));
        var ownerRow = (await api.MembersAsync(org, owner)).Single(m => m.Role == "Owner");
        var asAdmin = api.As(adminPerson);

        var promoted = await asAdmin.PutAsJsonAsync($"/api/v1/tenants/{org.Id}/members/{member.MembershipId}/role", new { role = "Editor" }, Api.Json);
        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        await (await asAdmin.PutAsJsonAsync($"/api/v1/tenants/{org.Id}/members/{member.MembershipId}/role", new { role = "Owner" }, Api.Json))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await asAdmin.DeleteAsync($"/api/v1/tenants/{org.Id}/members/{ownerRow.MembershipId}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, (await asAdmin.DeleteAsync($"/api/v1/tenants/{org.Id}/members/{admin.MembershipId}")).StatusCode);

        var roles = (await api.MembersAsync(org, owner)).ToDictionary(m => m.MembershipId, m => m.Role);
        Assert.Equal("Editor", roles[member.MembershipId]);
        Assert.False(roles.ContainsKey(admin.MembershipId));
    }

    [Fact]
    public async Task Members_cannot_change_roles_and_bad_roles_are_refused()
    {
        var owner = TestPerson.New("Omar");
        var org = await api.RegisterAsync(owner);
        var memberPerson = TestPerson.New("Meg");
        var member = await api.AddMemberAsync(org, owner, memberPerson);

        Assert.Equal(HttpStatusCode.Forbidden,
            (await api.As(memberPerson).PutAsJsonAsync($"/api/v1/tenants/{org.Id}/members/{member.MembershipId}/role", new { role = "Admin" }, Api.Json)).StatusCode);
        await (await api.As(owner).PutAsJsonAsync($"/api/v1/tenants/{org.Id}/members/{member.MembershipId}/role", new { role = "Emperor" }, Api.Json))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        var missing = await api.As(owner).PutAsJsonAsync($"/api/v1/tenants/{org.Id}/members/{member.MembershipId}/role", new { }, Api.Json);
        Assert.NotEmpty((await missing.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("role"));
        await (await api.As(owner).PutAsJsonAsync($"/api/v1/tenants/{org.Id}/members/{Guid.NewGuid()}/role", new { role = "Admin" }, Api.Json))
            .AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
