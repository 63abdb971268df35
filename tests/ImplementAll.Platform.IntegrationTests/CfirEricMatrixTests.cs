using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.IntegrationTests;

/// <summary>
/// Strategy suggestions and the CFIR-ERIC matrix import through the API. The matrix is global, so the imports here
/// only touch barriers that no other test ranks through the API (Culture, Learning climate, External policy).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CfirEricMatrixTests(PlatformFactory factory)
{
    private const string Matrix = "/api/v1/admin/cfir-eric-matrix";
    private readonly Api api = new(factory);

    private static StringContent Csv(string csv) => new(csv, Encoding.UTF8, "text/csv");

    [Fact]
    public async Task Suggestions_for_the_barrier_with_a_published_list_follow_that_list_and_say_what_data_they_used()
    {
        var person = TestPerson.New("Tailor");
        await api.RegisterAsync(person);

        var list = await api.As(person).GetFromJsonAsync<JsonElement>("/api/v1/tailoring/strategies/suggestions?barrier=cfir09-39", Api.Json);
        var suggestions = list.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.Equal(73, suggestions.Count);
        Assert.Equal(["eric-26", "eric-05", "eric-27"], suggestions.Take(3).Select(s => s.GetProperty("strategyId").GetString()));
        Assert.Equal("Endorsement", suggestions[0].GetProperty("evidence").GetString());
        Assert.Equal(60, suggestions[0].GetProperty("endorsementPercent").GetDouble());
        Assert.Equal("ReferenceData", suggestions[0].GetProperty("source").GetString());
        Assert.All(suggestions, s => Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("explanation").GetString())));
        Assert.Equal("CompleteList", list.GetProperty("coverage")[0].GetProperty("kind").GetString());
        Assert.Contains("Best evidence first", list.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Unknown_or_missing_barriers_and_themes_are_problems()
    {
        var client = api.As(TestPerson.New("Asker"));
        const string suggestions = "/api/v1/tailoring/strategies/suggestions";

        var barrier = await (await client.GetAsync($"{suggestions}?barrier=cfir09-99")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("cfir09-99", barrier.FieldErrors("barrier").Single());
        var theme = await (await client.GetAsync($"{suggestions}?theme=itfits-b9")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("itfits-b9", theme.FieldErrors("theme").Single());
        await (await client.GetAsync(suggestions)).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await client.GetAsync($"{suggestions}?barrier=cfir09-39&theme=itfits-b1")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().GetAsync($"{suggestions}?barrier=cfir09-39")).StatusCode);
    }

    [Fact]
    public async Task The_barrier_themes_come_with_their_CFIR_mapping_and_its_source()
    {
        var themes = await api.As(TestPerson.New("Reader")).GetFromJsonAsync<JsonElement>("/api/v1/tailoring/barrier-themes", Api.Json);

        Assert.Contains("own", themes.GetProperty("source").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrWhiteSpace(themes.GetProperty("notes").GetString()));
        var list = themes.GetProperty("themes").EnumerateArray().ToList();
        Assert.Equal(7, list.Count);
        Assert.Equal("Acceptance", list[0].GetProperty("name").GetString());
        Assert.All(list, t => Assert.NotEmpty(t.GetProperty("barriers").EnumerateArray()));
        Assert.All(list, t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("why").GetString())));
    }

    [Fact]
    public async Task An_imported_matrix_changes_the_barrier_and_theme_rankings()
    {
        var admin = await AdminAsync();
        const string csv = "barrier,strategy,endorsement\r\n" +
            "cfir09-15,eric-61,95\r\n" +
            "Culture,Facilitation,40%\r\n" +
            "cfir09-15,5,12.5\r\n" +
            "External policy and incentives,Centralize technical assistance,95\r\n";

        var response = await admin.PostAsync(Matrix, Csv(csv));
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(report.GetProperty("imported").GetBoolean());
        Assert.Equal(4, report.GetProperty("valid").GetInt32());

        var culture = await admin.GetFromJsonAsync<JsonElement>("/api/v1/tailoring/strategies/suggestions?barrier=cfir09-15", Api.Json);
        var top = culture.GetProperty("suggestions").EnumerateArray().Take(4).ToList();
        Assert.Equal(["eric-61", "eric-33", "eric-05"], top.Take(3).Select(s => s.GetProperty("strategyId").GetString()));
        Assert.Equal(("ImportedMatrix", 95.0), (top[0].GetProperty("source").GetString(), top[0].GetProperty("endorsementPercent").GetDouble()));
        Assert.Equal("Unrated", top[3].GetProperty("evidence").GetString());
        Assert.Equal("ImportedMatrix", culture.GetProperty("coverage")[0].GetProperty("source").GetString());

        // External policy is one of the Healthcare System theme's barriers: its 95% leads the merged list.
        var theme = await admin.GetFromJsonAsync<JsonElement>("/api/v1/tailoring/strategies/suggestions?theme=itfits-b7", Api.Json);
        var first = theme.GetProperty("suggestions")[0];
        Assert.Equal(("eric-08", "cfir09-12"), (first.GetProperty("strategyId").GetString(), first.GetProperty("barrierId").GetString()));
        Assert.Equal(3, theme.GetProperty("coverage").GetArrayLength());
        Assert.Equal("Level1Or2", theme.GetProperty("suggestions")[1].GetProperty("evidence").GetString());
    }

    [Fact]
    public async Task One_invalid_row_stores_nothing_and_the_report_names_each_problem()
    {
        var admin = await AdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync(Matrix, Csv("barrier,strategy,endorsement\ncfir09-22,eric-61,90\n"))).StatusCode);

        const string csv = "barrier,strategy,endorsement\n" +
            "cfir09-22,eric-04,50\n" +
            "Nowhere,eric-04,50\n" +
            "cfir09-22,Do something nice,50\n" +
            "cfir09-22,eric-05,120\n" +
            "cfir09-22,4,10\n" +
            "cfir09-22,eric-06\n";
        var response = await admin.PostAsync(Matrix, Csv(csv));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json);
        Assert.False(report.GetProperty("imported").GetBoolean());
        Assert.Equal((6, 1), (report.GetProperty("rows").GetInt32(), report.GetProperty("valid").GetInt32()));
        var rows = report.GetProperty("report").EnumerateArray().ToList();
        Assert.True(rows[0].GetProperty("valid").GetBoolean());
        Assert.Equal(["barrier"], Fields(rows[1]));
        Assert.Equal(["strategy"], Fields(rows[2]));
        Assert.Equal(["endorsement"], Fields(rows[3]));
        Assert.Equal(["row"], Fields(rows[4]));
        Assert.Contains("row 1", rows[4].GetProperty("errors").GetProperty("row")[0].GetString());
        Assert.Equal(["row"], Fields(rows[5]));

        var stored = await api.InDatabaseAsync(db => db.CfirEricEndorsements.Select(e => new { e.BarrierId, e.StrategyId, e.EndorsementPercent }).ToListAsync());
        Assert.Equal([new { BarrierId = "cfir09-22", StrategyId = "eric-61", EndorsementPercent = 90.0 }], stored);

        var unreadable = await admin.PostAsync(Matrix, Csv("barrier,strategy,endorsement\ncfir09-22,\"eric-04,50\n"));
        await unreadable.AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.PostAsync(Matrix, Csv("barrier;strategy;endorsement\n"))).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Only_platform_admins_import_a_matrix()
    {
        var person = TestPerson.New("Notadmin");
        await api.RegisterAsync(person);

        Assert.Equal(HttpStatusCode.Forbidden, (await api.As(person).PostAsync(Matrix, Csv("barrier,strategy,endorsement\ncfir09-22,eric-04,50\n"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().PostAsync(Matrix, Csv("barrier,strategy,endorsement\ncfir09-22,eric-04,50\n"))).StatusCode);
        Assert.DoesNotContain(await api.InDatabaseAsync(db => db.CfirEricEndorsements.ToListAsync()), e => e.StrategyId == "eric-04");
    }

    private async Task<HttpClient> AdminAsync()
    {
        var admin = TestPerson.New("Matrixadmin");
        await api.RegisterAsync(admin);
        await PlatformAdmins.PromoteAsync(api, admin);
        return api.As(admin);
    }

    private static List<string> Fields(JsonElement row) => row.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
}
