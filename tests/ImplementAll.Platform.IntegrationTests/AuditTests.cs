using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImplementAll.Platform.IntegrationTests.Support;

namespace ImplementAll.Platform.IntegrationTests;

[Collection(PlatformCollection.Name)]
public sealed class AuditTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task The_audit_log_says_who_did_what_and_is_for_admins()
    {
        var owner = TestPerson.New("Aud");
        var org = await api.RegisterAsync(owner);
        var member = TestPerson.New("Mem");
        var row = await api.AddMemberAsync(org, owner, member);
        await api.As(owner).PutAsJsonAsync($"/api/v1/tenants/{org.Id}/members/{row.MembershipId}/role", new { role = "Editor" }, Api.Json);

        Assert.Equal(HttpStatusCode.Forbidden, (await api.As(member).GetAsync($"/api/v1/tenants/{org.Id}/audit")).StatusCode);
        var page = await api.As(owner).GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{org.Id}/audit?pageSize=2", Api.Json);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(4, page.GetProperty("total").GetInt32());
        var newest = items[0];
        Assert.Equal("member.role-changed", newest.GetProperty("action").GetString());
        Assert.Equal(owner.Name, newest.GetProperty("actorName").GetString());
        Assert.Equal("Member → Editor", newest.GetProperty("details").GetString());
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=1000")]
    [InlineData("page=abc")]
    public async Task Out_of_range_paging_gets_400(string query)
    {
        var owner = TestPerson.New("Pag");
        var org = await api.RegisterAsync(owner);
        await (await api.As(owner).GetAsync($"/api/v1/tenants/{org.Id}/audit?{query}")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }
}
