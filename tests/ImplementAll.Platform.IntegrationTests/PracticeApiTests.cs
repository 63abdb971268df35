using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImplementAll.Platform.IntegrationTests.Support;

namespace ImplementAll.Platform.IntegrationTests;

[Collection(PlatformCollection.Name)]
public sealed class PracticeApiTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    private static async Task<JsonElement> SearchAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/practices/search?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json);
    }

    private static int FacetCount(JsonElement result, string facet, string value) =>
        result.GetProperty("facets").GetProperty(facet).EnumerateArray().Where(v => v.GetProperty("value").GetString() == value)
            .Select(v => v.GetProperty("count").GetInt32()).FirstOrDefault();

    [Fact]
    public async Task A_draft_is_private_until_a_curator_publishes_it_then_anyone_finds_it()
    {
        var owner = TestPerson.New("Pia");
        var org = await api.RegisterAsync(owner, country: "NO");
        var marker = "zqx" + Guid.NewGuid().ToString("N")[..8];
        var id = await Practices.RegisterAsync(api, org, owner, Practices.CompleteInput($"Lung home monitoring {marker}", country: "IS"));
        var anonymous = api.Anonymous();
        var countryBefore = FacetCount(await SearchAsync(anonymous, ""), "country", "IS");

        await (await anonymous.GetAsync($"/api/v1/practices/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await SearchAsync(anonymous, $"q={marker}")).GetProperty("total").GetInt64());
        await (await api.As(TestPerson.New("Other")).GetAsync($"/api/v1/tenants/{org.Id}/practices/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);

        var curator = await Practices.CuratorAsync(api);
        await Practices.PublishAsync(api, org, owner, id, curator);

        var published = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}", Api.Json);
        Assert.Equal("Published", published.GetProperty("status").GetString());
        var found = await SearchAsync(anonymous, $"q={marker}");
        Assert.Equal(1, found.GetProperty("total").GetInt64());
        Assert.Contains("<mark>", found.GetProperty("hits")[0].GetProperty("snippet").GetString() + found.GetProperty("hits")[0].GetProperty("title").GetString() + "<mark>");
        Assert.Equal(countryBefore + 1, FacetCount(await SearchAsync(anonymous, ""), "country", "IS"));
    }

    [Fact]
    public async Task Editing_a_published_practice_keeps_the_public_revision_until_the_next_publication()
    {
        var owner = TestPerson.New("Ed");
        var org = await api.RegisterAsync(owner);
        var id = await Practices.RegisterAsync(api, org, owner, Practices.CompleteInput("Heart failure coaching"));
        var curator = await Practices.CuratorAsync(api);
        await Practices.PublishAsync(api, org, owner, id, curator);

        var edited = await api.As(owner).PutAsJsonAsync($"/api/v1/tenants/{org.Id}/practices/{id}", Practices.CompleteInput("Heart failure coaching at home", trl: 8), Api.Json);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("Draft", (await edited.Content.ReadFromJsonAsync<JsonElement>(Api.Json)).GetProperty("status").GetString());
        Assert.Equal("Heart failure coaching", (await api.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}", Api.Json)).GetProperty("title").GetString());

        await Practices.PublishAsync(api, org, owner, id, curator);
        Assert.Equal("Heart failure coaching at home", (await api.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}", Api.Json)).GetProperty("title").GetString());
        var revisions = await api.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}/revisions", Api.Json);
        Assert.Equal(2, revisions.GetArrayLength());
        var diff = await api.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}/revisions/1/diff/2", Api.Json);
        var changed = diff.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("field").GetString()!, c => c.GetProperty("after").GetString());
        Assert.Equal("Heart failure coaching at home", changed["title"]);
        Assert.Equal("8", changed["trl"]);
        Assert.DoesNotContain("updatedAt", changed.Keys);
        await (await api.Anonymous().GetAsync($"/api/v1/practices/{id}/revisions/1/diff/9")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Curators_request_changes_with_a_reason_and_owners_see_it()
    {
        var owner = TestPerson.New("Rea");
        var org = await api.RegisterAsync(owner);
        var id = await Practices.RegisterAsync(api, org, owner);
        var curator = await Practices.CuratorAsync(api);
        await api.As(owner).PostAsJsonAsync($"/api/v1/tenants/{org.Id}/practices/{id}/submit", new { }, Api.Json);

        var queue = await api.As(curator).GetFromJsonAsync<JsonElement>("/api/v1/curation/queue", Api.Json);
        Assert.Contains(queue.EnumerateArray(), q => q.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.As(owner).GetAsync("/api/v1/curation/queue")).StatusCode);

        var noReason = await api.As(curator).PostAsJsonAsync($"/api/v1/curation/practices/{id}/request-changes", new { text = "" }, Api.Json);
        Assert.NotEmpty((await noReason.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("text"));
        var sentBack = await api.As(curator).PostAsJsonAsync($"/api/v1/curation/practices/{id}/request-changes", new { text = "Add the evaluation report." }, Api.Json);
        Assert.Equal("ChangesRequested", (await sentBack.Content.ReadFromJsonAsync<JsonElement>(Api.Json)).GetString());

        var comments = await api.As(owner).GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{org.Id}/practices/{id}/comments", Api.Json);
        Assert.Contains(comments.EnumerateArray(), c => c.GetProperty("text").GetString() == "Add the evaluation report.");
        await (await api.As(curator).PostAsJsonAsync($"/api/v1/curation/practices/{id}/publish", new { }, Api.Json)).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_incomplete_draft_cannot_be_submitted_and_says_what_is_missing()
    {
        var owner = TestPerson.New("Inc");
        var org = await api.RegisterAsync(owner);
        var id = await Practices.RegisterAsync(api, org, owner, new { type = "Policy", title = "A national strategy" });

        var response = await api.As(owner).PostAsJsonAsync($"/api/v1/tenants/{org.Id}/practices/{id}/submit", new { }, Api.Json);
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("summary"));
        Assert.NotEmpty(problem.FieldErrors("contacts"));
        Assert.Equal("Draft", (await api.As(owner).GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{org.Id}/practices/{id}", Api.Json)).GetProperty("status").GetString());
    }

    public static TheoryData<string, string> InvalidPractices => new()
    {
        { "countriesOfOrigin", """{"type":"Policy","title":"Valid title","countriesOfOrigin":["XX"]}""" },
        { "whoCodes", """{"type":"Policy","title":"Valid title","whoCodes":["CDHIv2-9.9.9"]}""" },
        { "whoCodes", """{"type":"Policy","title":"Valid title","whoCodes":["CDHIv2-1"]}""" },
        { "stage", """{"type":"Policy","title":"Valid title","stage":"dha-stage-99"}""" },
        { "trl", """{"type":"Policy","title":"Valid title","trl":10}""" },
        { "languages", """{"type":"Policy","title":"Valid title","languages":["xx"]}""" },
        { "targetGroups", """{"type":"Policy","title":"Valid title","targetGroups":["Aliens"]}""" },
        { "title", """{"type":"Policy","title":""}""" },
        { "type", """{"title":"Valid title"}""" },
        { "links[0].url", """{"type":"Policy","title":"Valid title","links":[{"title":"x","url":"javascript:alert(1)"}]}""" },
        { "evidence[0].citation", """{"type":"Policy","title":"Valid title","evidence":[{"type":"CaseStudy","citation":""}]}""" },
        { "deployments[0].countryCode", """{"type":"Policy","title":"Valid title","deployments":[{"countryCode":"ZZ","place":"Nowhere"}]}""" },
    };

    [Theory]
    [MemberData(nameof(InvalidPractices))]
    public async Task Invalid_practices_get_400_naming_the_field_and_write_nothing(string field, string body)
    {
        var owner = TestPerson.New("Val");
        var org = await api.RegisterAsync(owner);
        var response = await api.As(owner).PostAsync($"/api/v1/tenants/{org.Id}/practices", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.FieldErrors(field).Length > 0, $"No error for {field}: {problem}");
        Assert.Equal(0, (await api.As(owner).GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{org.Id}/practices", Api.Json)).GetArrayLength());
    }

    [Fact]
    public async Task Members_read_but_only_editors_write_and_only_admins_archive()
    {
        var owner = TestPerson.New("Own");
        var org = await api.RegisterAsync(owner);
        var member = TestPerson.New("Mem");
        await api.AddMemberAsync(org, owner, member);
        var editor = TestPerson.New("Edi");
        await api.AddMemberAsync(org, owner, editor, "Editor");

        Assert.Equal(HttpStatusCode.Forbidden, (await api.As(member).PostAsJsonAsync($"/api/v1/tenants/{org.Id}/practices", Practices.CompleteInput("Nope"), Api.Json)).StatusCode);
        var id = await Practices.RegisterAsync(api, org, editor);
        Assert.Equal(HttpStatusCode.OK, (await api.As(member).GetAsync($"/api/v1/tenants/{org.Id}/practices/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.As(editor).PostAsJsonAsync($"/api/v1/tenants/{org.Id}/practices/{id}/archive", new { }, Api.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.As(owner).PostAsJsonAsync($"/api/v1/tenants/{org.Id}/practices/{id}/archive", new { }, Api.Json)).StatusCode);
        await (await api.As(editor).PutAsJsonAsync($"/api/v1/tenants/{org.Id}/practices/{id}", Practices.CompleteInput("Again"), Api.Json)).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Archiving_removes_a_practice_from_public_search_and_reading()
    {
        var owner = TestPerson.New("Arc");
        var org = await api.RegisterAsync(owner);
        var marker = "arch" + Guid.NewGuid().ToString("N")[..8];
        var id = await Practices.RegisterAsync(api, org, owner, Practices.CompleteInput($"Telecare {marker}"));
        await Practices.PublishAsync(api, org, owner, id, await Practices.CuratorAsync(api));
        Assert.Equal(1, (await SearchAsync(api.Anonymous(), $"q={marker}")).GetProperty("total").GetInt64());

        await api.As(owner).PostAsJsonAsync($"/api/v1/tenants/{org.Id}/practices/{id}/archive", new { text = "Replaced by a national service." }, Api.Json);
        await Practices.IndexAsync(api, org);

        Assert.Equal(0, (await SearchAsync(api.Anonymous(), $"q={marker}")).GetProperty("total").GetInt64());
        await (await api.Anonymous().GetAsync($"/api/v1/practices/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=100000", "page")]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("sort=popularity", "sort")]
    public async Task Out_of_range_search_parameters_get_400(string query, string field)
    {
        var response = await api.Anonymous().GetAsync($"/api/v1/practices/search?{query}");
        Assert.NotEmpty((await response.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors(field));
    }

    [Theory]
    [InlineData("\"unbalanced quote")]
    [InlineData("*")]
    [InlineData("AND OR NOT")]
    [InlineData("title:(x")]
    [InlineData("\\")]
    [InlineData("?~^[]{}")]
    public async Task Query_syntax_errors_get_a_safe_result(string text)
    {
        var response = await api.Anonymous().GetAsync($"/api/v1/practices/search?q={Uri.EscapeDataString(text)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
