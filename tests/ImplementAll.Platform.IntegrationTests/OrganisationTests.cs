using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.IntegrationTests;

[Collection(PlatformCollection.Name)]
public sealed class OrganisationTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task Registering_makes_the_caller_owner_and_is_audited()
    {
        var owner = TestPerson.New("Rita");
        var org = await api.RegisterAsync(owner);

        var member = Assert.Single(await api.MembersAsync(org, owner));
        Assert.Equal("Owner", member.Role);
        var audit = await api.As(owner).GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{org.Id}/audit", Api.Json);
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "organisation.registered");
    }

    [Fact]
    public async Task A_duplicate_slug_gets_409_beside_the_slug_and_writes_nothing()
    {
        var first = TestPerson.New("Finn");
        var org = await api.RegisterAsync(first);
        var second = TestPerson.New("Sara");
        var before = await api.InDatabaseAsync(db => db.Tenants.CountAsync());

        var response = await api.As(second).PostAsJsonAsync("/api/v1/tenants", new { name = "Copycat", slug = org.Slug.ToUpperInvariant(), kind = "Ngo", countryCode = "FR" }, Api.Json);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.NotEmpty(problem.FieldErrors("slug"));
        Assert.Equal(before, await api.InDatabaseAsync(db => db.Tenants.CountAsync()));
        Assert.False(await api.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Subject == second.ObjectId)));
    }

    public static TheoryData<string, object> InvalidRegistrations => new()
    {
        { "slug", new { name = "Valid name", slug = "Bad Slug!", kind = "Hospital", countryCode = "NL" } },
        { "slug", new { name = "Valid name", slug = "ab", kind = "Hospital", countryCode = "NL" } },
        { "slug", new { name = "Valid name", slug = new string('a', 49), kind = "Hospital", countryCode = "NL" } },
        { "name", new { name = "", slug = "valid-slug-1", kind = "Hospital", countryCode = "NL" } },
        { "name", new { name = new string('n', 121), slug = "valid-slug-2", kind = "Hospital", countryCode = "NL" } },
        { "countryCode", new { name = "Valid name", slug = "valid-slug-3", kind = "Hospital", countryCode = "XX" } },
        { "countryCode", new { name = "Valid name", slug = "valid-slug-4", kind = "Hospital", countryCode = "" } },
        { "kind", new { name = "Valid name", slug = "valid-slug-5", countryCode = "NL" } },
        { "website", new { name = "Valid name", slug = "valid-slug-6", kind = "Hospital", countryCode = "NL", website = "not a url" } },
        { "description", new { name = "Valid name", slug = "valid-slug-7", kind = "Hospital", countryCode = "NL", description = new string('d', 2001) } },
    };

    [Theory]
    [MemberData(nameof(InvalidRegistrations))]
    public async Task Invalid_registrations_get_400_naming_the_field_and_write_nothing(string field, object body)
    {
        var before = await api.InDatabaseAsync(db => db.Tenants.CountAsync());
        var response = await api.As(TestPerson.New("Ivan")).PostAsJsonAsync("/api/v1/tenants", body, Api.Json);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors(field));
        Assert.Equal(before, await api.InDatabaseAsync(db => db.Tenants.CountAsync()));
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_or_names_an_unknown_kind_gets_400_problem_details()
    {
        var client = api.As(TestPerson.New("Jay"));
        var garbage = await client.PostAsync("/api/v1/tenants", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        await garbage.AssertProblemAsync(HttpStatusCode.BadRequest);

        var unknownKind = await client.PostAsJsonAsync("/api/v1/tenants", new { name = "X org", slug = "unknown-kind", kind = "Castle", countryCode = "NL" }, Api.Json);
        await unknownKind.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Admins_edit_the_profile_and_members_may_not()
    {
        var owner = TestPerson.New("Eda");
        var org = await api.RegisterAsync(owner);
        var member = TestPerson.New("Mo");
        await api.AddMemberAsync(org, owner, member);

        var edit = new { name = "Renamed organisation", kind = "Region", countryCode = "ES", description = "Now a region." };
        Assert.Equal(HttpStatusCode.Forbidden, (await api.As(member).PutAsJsonAsync($"/api/v1/tenants/{org.Id}", edit, Api.Json)).StatusCode);

        var response = await api.As(owner).PutAsJsonAsync($"/api/v1/tenants/{org.Id}", edit, Api.Json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var profile = await api.As(member).GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{org.Id}", Api.Json);
        Assert.Equal("Renamed organisation", profile.GetProperty("name").GetString());
        Assert.Equal("Region", profile.GetProperty("kind").GetString());

        var invalid = await api.As(owner).PutAsJsonAsync($"/api/v1/tenants/{org.Id}", new { name = "", kind = "Region", countryCode = "ES" }, Api.Json);
        Assert.NotEmpty((await invalid.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("name"));
    }

    [Theory]
    [InlineData("/t/not-a-real-tenant")]
    [InlineData("/t/Bad_Slug!")]
    [InlineData("/t/" + "x")]
    public async Task Unknown_or_malformed_tenant_slugs_get_404(string path)
    {
        var person = TestPerson.New("Una");
        await api.RegisterAsync(person);
        Assert.Equal(HttpStatusCode.NotFound, (await api.As(person).GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_malformed_tenant_id_gets_404_problem_details()
    {
        var response = await api.As(TestPerson.New("Mal")).GetAsync("/api/v1/tenants/not-a-guid/members");
        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
