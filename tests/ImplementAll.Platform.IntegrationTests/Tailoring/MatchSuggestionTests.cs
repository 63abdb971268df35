using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.IntegrationTests.Support;
using ImplementAll.Platform.Web.Features.Reference;
using ImplementAll.Platform.Web.Features.Tailoring.Matching;
using Microsoft.Extensions.DependencyInjection;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

/// <summary>
/// Module 2's ranking through the project API: a barrier's lens decides which evidence applies, and the imported matrix
/// changes the project's list. The matrix is global: the import here only touches 'Intervention source' (cfir09-01),
/// which no other test ranks.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class MatchSuggestionTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task A_barrier_matched_to_Reflecting_and_evaluating_reproduces_the_published_endorsement_order()
    {
        var (org, lead, project) = await MatchSamples.ProjectAsync(api);
        var barrier = await MatchSamples.BarrierAsync(api, org, project, "We never look back at how it went", 1, matching: "cfir09-39");

        var match = await MatchSamples.SuggestionsAsync(api, org, lead, project, barrier, "?all=true");
        var ids = match.GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("strategy").GetProperty("strategyId").GetString()).ToList();

        // Waltz 2019 Table 1, as the reference file lists it: the published order.
        var published = Published("cfireric-barrier-cfir09-39");
        Assert.Equal(39, published.Count);
        Assert.Equal(73, ids.Count);
        Assert.Equal(published, ids.Take(published.Count));
        Assert.Equal("CfirBarrier", match.GetProperty("lens").GetString());
        Assert.Equal("ReferenceData", match.GetProperty("data").GetString());
        Assert.Equal("CompleteList", match.GetProperty("coverage")[0].GetProperty("kind").GetString());
        var first = match.GetProperty("suggestions")[0];
        Assert.Equal(("itfits-s3", "Quality Management"), (first.GetProperty("category").GetProperty("id").GetString(), first.GetProperty("category").GetProperty("name").GetString()));
        Assert.Contains("60%", first.GetProperty("strategy").GetProperty("explanation").GetString());

        var top = await MatchSamples.SuggestionsAsync(api, org, lead, project, barrier);
        Assert.Equal(10, top.GetProperty("suggestions").GetArrayLength());
        Assert.Equal(73, top.GetProperty("matching").GetInt32());
        var educate = await MatchSamples.SuggestionsAsync(api, org, lead, project, barrier, "?all=true&category=itfits-s1");
        var educating = educate.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.Equal(educate.GetProperty("matching").GetInt32(), educating.Count);
        Assert.InRange(educating.Count, 1, 72);
        Assert.All(educating, s => Assert.Equal("itfits-s1", s.GetProperty("category").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task For_a_theme_barrier_Level_1_or_2_strategies_rank_above_unrated_ones_that_go_zones_alone_would_put_first()
    {
        var (org, lead, project) = await MatchSamples.ProjectAsync(api);
        var themed = await MatchSamples.BarrierAsync(api, org, project, "Staff doubt the evidence", 1, theme: "itfits-b1");
        var custom = await MatchSamples.BarrierAsync(api, org, project, "The van breaks down", 2);

        var theme = (await MatchSamples.SuggestionsAsync(api, org, lead, project, themed, "?all=true")).GetProperty("suggestions").EnumerateArray()
            .Select(s => (Id: s.GetProperty("strategy").GetProperty("strategyId").GetString()!, Evidence: s.GetProperty("strategy").GetProperty("evidence").GetString()!))
            .ToList();
        var leveled = theme.Where(s => s.Evidence is "Level1" or "Level1Or2" or "Level2").ToList();
        var unrated = theme.Where(s => s.Evidence == "Unrated").ToList();
        Assert.NotEmpty(leveled);
        Assert.NotEmpty(unrated);
        Assert.True(theme.IndexOf(leveled[^1]) < theme.IndexOf(unrated[0]), "A Level 1 or 2 strategy ranks below an unrated one.");

        var none = await MatchSamples.SuggestionsAsync(api, org, lead, project, custom, "?all=true");
        Assert.Equal(("None", "None"), (none.GetProperty("lens").GetString(), none.GetProperty("data").GetString()));
        Assert.Contains("no endorsement data", none.GetProperty("dataStatement").GetString());
        var goZone = none.GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("strategy")).ToList();
        Assert.Equal(73, goZone.Count);
        Assert.All(goZone, s => Assert.Equal("Unrated", s.GetProperty("evidence").GetString()));
        // The evidence is what lifts them: by go-zone ratings alone an unrated strategy would come before a leveled one.
        var order = goZone.Select(s => s.GetProperty("strategyId").GetString()!).ToList();
        Assert.Contains(unrated, u => leveled.Any(l => order.IndexOf(u.Id) < order.IndexOf(l.Id)));
    }

    [Fact]
    public async Task Importing_a_matrix_changes_the_projects_ranking_and_says_so()
    {
        var (org, lead, project) = await MatchSamples.ProjectAsync(api);
        var barrier = await MatchSamples.BarrierAsync(api, org, project, "Nobody knows where the app came from", 1, matching: "cfir09-01");
        var admin = TestPerson.New("Matchadmin");
        await api.RegisterAsync(admin);
        await PlatformAdmins.PromoteAsync(api, admin);

        await ImportAsync(admin, "cfir09-01,eric-70,99\ncfir09-01,eric-02,50\n");
        var first = await MatchSamples.SuggestionsAsync(api, org, lead, project, barrier);
        Assert.Equal(["eric-70", "eric-02"], TopIds(first, 2));
        Assert.Equal("ImportedMatrix", first.GetProperty("data").GetString());
        Assert.Contains("imported", first.GetProperty("dataStatement").GetString());

        await ImportAsync(admin, "cfir09-01,eric-11,80\n");
        var second = await MatchSamples.SuggestionsAsync(api, org, lead, project, barrier);
        Assert.Equal(["eric-11"], TopIds(second, 1));
        var eric70 = second.GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("strategy"))
            .Where(s => s.GetProperty("strategyId").GetString() == "eric-70").ToList();
        Assert.True(eric70.Count == 0 || eric70[0].GetProperty("evidence").GetString() == "Unrated");
    }

    [Fact]
    public void The_category_mapping_covers_all_nine_clusters_with_categories_that_exist()
    {
        var map = factory.Services.GetRequiredService<StrategyCategoryMap>();
        var clusters = factory.Services.GetRequiredService<StrategyMatcher>().Strategies.All.Select(s => s.ClusterId).Distinct().Order().ToList();
        var itfits = factory.Services.GetRequiredService<ReferenceCatalogue>().Find("itfits")!;

        Assert.Equal(9, clusters.Count);
        Assert.Equal(clusters, map.Clusters.Select(c => c.ClusterId).Order());
        Assert.All(map.Clusters, c => Assert.True(itfits.Find(c.Category.Id)?.ParentId == "itfits-strategies", $"{c.Category.Id} is not an ItFits strategy category"));
        Assert.All(map.Clusters, c => Assert.False(string.IsNullOrWhiteSpace(c.Why)));
        Assert.Equal(["itfits-s1", "itfits-s2", "itfits-s3", "itfits-s4", "itfits-s5", "itfits-s6"], map.Categories.Select(c => c.Id));
        Assert.Contains("own documented mapping", map.Source);
    }

    [Theory]
    [InlineData("eric-cluster-10", "itfits-s1", "eric-cluster-10")]
    [InlineData("eric-cluster-1", "itfits-s9", "itfits-s9")]
    [InlineData("eric-cluster-1", "itfits-b1", "itfits-b1")]
    public void A_mapping_naming_an_unknown_cluster_or_category_is_refused_at_load(string cluster, string category, string named)
    {
        var rows = Enumerable.Range(2, 8).Select(n => new { cluster = $"eric-cluster-{n}", category = "itfits-s1", why = "test" })
            .Prepend(new { cluster, category, why = "test" });
        var exception = Assert.Throws<InvalidOperationException>(() => LoadMap(new { source = "test", notes = "", clusters = rows }));
        Assert.Contains(named, exception.Message);

        var missing = Assert.Throws<InvalidOperationException>(() => LoadMap(new { clusters = rows.Skip(1) }));
        Assert.Contains("eric-cluster-1", missing.Message);
    }

    private StrategyCategoryMap LoadMap(object file)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, JsonSerializer.Serialize(file));
            return StrategyCategoryMap.Load(path, factory.Services.GetRequiredService<ReferenceCatalogue>(),
                factory.Services.GetRequiredService<StrategyMatcher>().Strategies);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private List<string> Published(string groupId) =>
        factory.Services.GetRequiredService<ReferenceCatalogue>().Find("cfir-eric-matching")!.Items.EnumerateArray()
            .Single(g => g.GetProperty("id").GetString() == groupId).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("strategy").GetString()!).ToList();

    private async Task ImportAsync(TestPerson admin, string rows)
    {
        var response = await api.As(admin).PostAsync("/api/v1/admin/cfir-eric-matrix",
            new StringContent("barrier,strategy,endorsement\n" + rows, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static List<string> TopIds(JsonElement match, int count) =>
        match.GetProperty("suggestions").EnumerateArray().Take(count).Select(s => s.GetProperty("strategy").GetProperty("strategyId").GetString()!).ToList();
}

/// <summary>Projects with prioritised barriers, written directly while module 1's API is built elsewhere.</summary>
public static class MatchSamples
{
    public static async Task<(OrgRef Org, TestPerson Lead, Guid Project)> ProjectAsync(Api api)
    {
        var lead = TestPerson.New("Matchlead");
        var org = await api.RegisterAsync(lead);
        return (org, lead, await Projects.StartAsync(api, org, lead));
    }

    public static async Task<Guid> BarrierAsync(
        Api api, OrgRef org, Guid project, string title, int? priority, string? matching = null, string? theme = null, int cycle = 1)
    {
        var barrier = new ProjectBarrier
        {
            ProjectId = project, Cycle = cycle, Title = title, Origin = theme is null ? BarrierOrigin.Custom : BarrierOrigin.Theme,
            ThemeId = theme, MatchingBarrierId = matching, Priority = priority, CreatedAt = DateTime.UtcNow,
        };
        await api.InTenantAsync(org.Id, db =>
        {
            db.Barriers.Add(barrier);
            return db.SaveChangesAsync();
        });
        return barrier.Id;
    }

    public static string StrategiesPath(OrgRef org, Guid project) => Projects.PathOf(org, project) + "/strategies";

    public static async Task<JsonElement> SuggestionsAsync(Api api, OrgRef org, TestPerson person, Guid project, Guid barrier, string query = "")
    {
        var response = await api.As(person).GetAsync($"{Projects.PathOf(org, project)}/barriers/{barrier}/suggestions{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Puts an ERIC strategy on a barrier's list through the API and returns its id.</summary>
    public static async Task<Guid> AddEricAsync(Api api, OrgRef org, TestPerson person, Guid project, Guid barrier, string ericStrategyId)
    {
        var response = await api.As(person).PostAsJsonAsync(StrategiesPath(org, project), new { barrierId = barrier, ericStrategyId }, Api.Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<Guid>(Api.Json);
    }
}
