using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImplementAll.Platform.IntegrationTests.Support;

namespace ImplementAll.Platform.IntegrationTests;

[Collection(PlatformCollection.Name)]
public sealed class IdentityTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task No_token_a_wrong_key_or_a_token_without_scope_get_401()
    {
        var person = TestPerson.New("Tess");
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.WithToken(TestTokens.For(person, TestTokens.WrongKey)).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.WithToken(TestTokens.For(person, withScope: false)).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.WithToken(TestTokens.For(person, issuer: "https://evil.example/")).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.As(person).GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_stranger_is_not_registered_and_sees_no_tenant()
    {
        var owner = TestPerson.New("Olga");
        var org = await api.RegisterAsync(owner);
        var stranger = TestPerson.New("Stan");

        var me = await api.As(stranger).GetFromJsonAsync<JsonElement>("/api/v1/me", Api.Json);
        Assert.False(me.GetProperty("registered").GetBoolean());
        Assert.Empty(me.GetProperty("organisations").EnumerateArray());
        await (await api.As(stranger).GetAsync($"/api/v1/tenants/{org.Id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task People_from_a_linked_Entra_directory_join_as_members_on_first_sign_in()
    {
        var owner = TestPerson.New("Owen");
        var org = await api.RegisterAsync(owner);
        var directory = Guid.NewGuid();
        var link = await api.As(owner).PutAsJsonAsync($"/api/v1/tenants/{org.Id}",
            new { name = org.Name, kind = "Hospital", countryCode = "NL", entraTenantId = directory }, Api.Json);
        Assert.Equal(HttpStatusCode.OK, link.StatusCode);

        var colleague = TestPerson.New("Cora", directory);
        var me = await api.As(colleague).GetFromJsonAsync<JsonElement>("/api/v1/me", Api.Json);

        Assert.True(me.GetProperty("registered").GetBoolean());
        var membership = Assert.Single(me.GetProperty("organisations").EnumerateArray());
        Assert.Equal(org.Id, membership.GetProperty("tenantId").GetGuid());
        Assert.Equal("Member", membership.GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.OK, (await api.As(colleague).GetAsync($"/api/v1/tenants/{org.Id}/members")).StatusCode);
    }

    [Fact]
    public async Task The_jobs_dashboard_is_for_platform_admins_only()
    {
        var anonymous = await api.Anonymous().GetAsync("/jobs");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/signin", anonymous.Headers.Location!.PathAndQuery);

        var person = TestPerson.New("Paula");
        await api.RegisterAsync(person);
        Assert.Equal(HttpStatusCode.NotFound, (await api.As(person).GetAsync("/jobs")).StatusCode);

        await PlatformAdmins.PromoteAsync(api, person);
        Assert.Equal(HttpStatusCode.OK, (await api.As(person).GetAsync("/jobs")).StatusCode);
    }

    [Fact]
    public async Task Only_platform_admins_list_every_tenant()
    {
        var person = TestPerson.New("Adam");
        var org = await api.RegisterAsync(person);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.As(person).GetAsync("/api/v1/admin/tenants")).StatusCode);

        await PlatformAdmins.PromoteAsync(api, person);
        var tenants = await api.As(person).GetFromJsonAsync<JsonElement>("/api/v1/admin/tenants", Api.Json);
        Assert.Contains(tenants.EnumerateArray(), t => t.GetProperty("id").GetGuid() == org.Id && t.GetProperty("members").GetInt32() == 1);
    }
}
