using System.Net;
using System.Text.Json;
using ImplementAll.Platform.Core.Search;
using ImplementAll.Platform.Infrastructure.Search.Azure;

namespace ImplementAll.Platform.SearchTests;

/// <summary>
/// The Azure AI Search adapter against the wire protocol: the exact requests it sends (paths, api-version, JSON bodies,
/// filters escaped by SearchFilter.Create) and how the service's documented answers map back into the port's types.
/// </summary>
public sealed class AzureContractTests
{
    private const string ApiVersion = "2023-11-01";
    private const string Pre = "\uE000";
    private const string Post = "\uE001";

    private static readonly Guid First = Guid.Parse("11111111-1111-1111-1111-111111111111");

    private static string MainAnswer(long count) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["@odata.count"] = count,
        ["@search.facets"] = new Dictionary<string, object>
        {
            ["trl"] = new[] { new { value = "7", count = 2 }, new { value = "9", count = 1 } },
            ["stage"] = new[] { new { value = "dha-stage-07", count = 3 } },
        },
        ["value"] = new object[]
        {
            new Dictionary<string, object?>
            {
                ["@search.score"] = 2.5,
                ["@search.highlights"] = new Dictionary<string, string[]>
                {
                    ["summary_en"] = [$"People with {Pre}diabetes{Post} & <script>x</script> track glucose."],
                    ["body_en"] = ["ignored: the summary fragment wins"],
                },
                ["id"] = First.ToString(),
                ["title"] = "Diabetes self-management app",
                ["summary"] = "People with diabetes & <script>x</script> track glucose.",
                ["ownerName"] = "Care Org",
                ["textLanguage"] = "en",
                ["publishedAt"] = "2024-03-01T10:00:00Z",
                ["trlLevel"] = 7,
                ["type"] = "DigitalSolution",
                ["country"] = new[] { "NL", "BE" },
                ["stage"] = "dha-stage-07",
            },
            new Dictionary<string, object?>
            {
                ["@search.score"] = 1.25,
                ["id"] = Guid.Empty.ToString(),
                ["title"] = "Second",
                ["summary"] = "No <highlight> here",
                ["ownerName"] = "O'Brien Care",
                ["textLanguage"] = "de",
                ["publishedAt"] = "2023-01-01T00:00:00Z",
                ["trlLevel"] = 9,
                ["type"] = "Service",
                ["country"] = Array.Empty<string>(),
                ["stage"] = "dha-stage-09",
            },
        },
    });

    private static string FacetAnswer(string facet, params (string Value, int Count)[] values) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["@search.facets"] = new Dictionary<string, object> { [facet] = values.Select(v => new { value = v.Value, count = v.Count }).ToArray() },
        ["value"] = Array.Empty<object>(),
    });

    private static AzureFake SearchService() => new(request =>
    {
        if (!request.Path.EndsWith("/docs/search.post.search", StringComparison.Ordinal))
        {
            return (HttpStatusCode.NotFound, "{}");
        }

        var json = request.Json;
        if (json.TryGetProperty("top", out var top) && top.GetInt32() == 0 && !json.TryGetProperty("count", out _))
        {
            var facet = json.GetProperty("facets")[0].GetString()!.Split(',')[0];
            return facet == PracticeFacets.Type
                ? (HttpStatusCode.OK, FacetAnswer(facet, ("DigitalSolution", 4), ("Service", 2)))
                : (HttpStatusCode.OK, FacetAnswer(facet, ("NL", 3), ("O'Brien", 1)));
        }

        return (HttpStatusCode.OK, MainAnswer(2));
    });

    private static PracticeSearchQuery FilteredQuery() => new()
    {
        Text = "diabtes \"care at home\" AND (x) telemon*",
        Filters = new Dictionary<string, IReadOnlyList<string>>
        {
            [PracticeFacets.Type] = ["DigitalSolution", "Service"],
            [PracticeFacets.Country] = ["NL", "O'Brien"],
        },
        Sort = PracticeSort.Maturity,
        Page = 3,
        PageSize = 10,
    };

    [Fact]
    public async Task Search_sends_one_main_request_and_one_per_filtered_facet()
    {
        var fake = SearchService();

        await fake.Index().SearchAsync(FilteredQuery(), CancellationToken.None);

        var requests = fake.Requests.ToList();
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r =>
        {
            Assert.Equal("POST", r.Method);
            Assert.Equal("/indexes('practices')/docs/search.post.search", r.Path);
            Assert.Equal(ApiVersion, r.Query("api-version"));
            Assert.Equal("fake-key", r.ApiKey);
        });
    }

    [Fact]
    public async Task The_main_request_carries_escaped_text_filters_facets_sort_paging_and_highlight_tags()
    {
        var fake = SearchService();

        await fake.Index().SearchAsync(FilteredQuery(), CancellationToken.None);

        var main = fake.Requests.Single(r => r.Json.TryGetProperty("count", out _)).Json;
        // Words escaped and required, typo and prefix alternatives ours, the operator word lower-cased, brackets escaped.
        Assert.Equal("(diabtes OR diabtes~1) \"care at home\" and \\(x\\) (telemon OR telemon~1 OR telemon*)", main.GetProperty("search").GetString());
        Assert.Equal("full", main.GetProperty("queryType").GetString());
        Assert.Equal("all", main.GetProperty("searchMode").GetString());
        // SearchFilter.Create quoted every value and doubled the quote in O'Brien.
        Assert.Equal(
            "(type eq 'DigitalSolution' or type eq 'Service') and country/any(v: v eq 'NL' or v eq 'O''Brien')",
            main.GetProperty("filter").GetString());
        Assert.True(main.GetProperty("count").GetBoolean());
        Assert.Equal(20, main.GetProperty("skip").GetInt32());
        Assert.Equal(10, main.GetProperty("top").GetInt32());
        Assert.Equal("trlLevel desc,stageOrder desc,publishedAt desc", main.GetProperty("orderby").GetString());
        // The filtered facets are counted by their own requests; every other facet here, each with a count limit.
        Assert.Equal(
            ["trl,count:50", "stage,count:50", "who,count:100", "targetGroup,count:50", "careSetting,count:50", "language,count:50", "evidenceType,count:50"],
            main.GetProperty("facets").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(Pre, main.GetProperty("highlightPreTag").GetString());
        Assert.Equal(Post, main.GetProperty("highlightPostTag").GetString());
        Assert.StartsWith("summary_en,summary_de,", main.GetProperty("highlight").GetString());
        Assert.Contains("title_nl", main.GetProperty("searchFields").GetString());
        Assert.DoesNotContain("title,", main.GetProperty("searchFields").GetString());
    }

    [Fact]
    public async Task Each_facet_request_drops_only_its_own_filter()
    {
        var fake = SearchService();

        await fake.Index().SearchAsync(FilteredQuery(), CancellationToken.None);

        var sideways = fake.Requests.Where(r => !r.Json.TryGetProperty("count", out _)).Select(r => r.Json).ToList();
        var typeRequest = sideways.Single(j => j.GetProperty("facets")[0].GetString() == "type,count:50");
        var countryRequest = sideways.Single(j => j.GetProperty("facets")[0].GetString() == "country,count:100");
        Assert.Equal("country/any(v: v eq 'NL' or v eq 'O''Brien')", typeRequest.GetProperty("filter").GetString());
        Assert.Equal("(type eq 'DigitalSolution' or type eq 'Service')", countryRequest.GetProperty("filter").GetString());
        Assert.All(sideways, j =>
        {
            Assert.Equal(0, j.GetProperty("top").GetInt32());
            Assert.False(j.TryGetProperty("highlight", out _));
            Assert.Equal("(diabtes OR diabtes~1) \"care at home\" and \\(x\\) (telemon OR telemon~1 OR telemon*)", j.GetProperty("search").GetString());
        });
    }

    [Fact]
    public async Task Answers_map_into_the_port_types()
    {
        var fake = SearchService();

        var result = await fake.Index().SearchAsync(FilteredQuery(), CancellationToken.None);

        Assert.Equal(2, result.Total);
        var hit = result.Hits[0];
        Assert.Equal(First, hit.Id);
        Assert.Equal("Diabetes self-management app", hit.Title);
        Assert.Equal("People with <mark>diabetes</mark> &amp; &lt;script&gt;x&lt;/script&gt; track glucose.", hit.Snippet);
        Assert.Equal("DigitalSolution", hit.Type);
        Assert.Equal("Care Org", hit.OwnerName);
        Assert.Equal(["NL", "BE"], hit.Countries);
        Assert.Equal(7, hit.Trl);
        Assert.Equal("dha-stage-07", hit.Stage);
        Assert.Equal(new DateTime(2024, 3, 1, 10, 0, 0, DateTimeKind.Utc), hit.PublishedAt);
        Assert.Equal(DateTimeKind.Utc, hit.PublishedAt.Kind);
        Assert.Equal(2.5, hit.Score);
        // No highlight: the summary, encoded.
        Assert.Equal("No &lt;highlight&gt; here", result.Hits[1].Snippet);
        Assert.Empty(result.Hits[1].Countries);

        Assert.Equal([new FacetValue("DigitalSolution", 4), new FacetValue("Service", 2)], result.Facets[PracticeFacets.Type]);
        Assert.Equal([new FacetValue("NL", 3), new FacetValue("O'Brien", 1)], result.Facets[PracticeFacets.Country]);
        Assert.Equal([new FacetValue("7", 2), new FacetValue("9", 1)], result.Facets[PracticeFacets.Trl]);
        Assert.Empty(result.Facets[PracticeFacets.Who]); // not in the answer
        Assert.Equal(PracticeFacets.All.Order(), result.Facets.Keys.Order());
    }

    [Fact]
    public async Task A_match_all_search_has_no_filter_and_sorts_by_score_then_recency()
    {
        var fake = SearchService();

        await fake.Index().SearchAsync(new PracticeSearchQuery { Text = " * " }, CancellationToken.None);

        var main = fake.Requests.Single().Json;
        Assert.Equal("*", main.GetProperty("search").GetString());
        Assert.False(main.TryGetProperty("filter", out _));
        Assert.Equal("search.score() desc,publishedAt desc", main.GetProperty("orderby").GetString());
        Assert.Equal(9, main.GetProperty("facets").GetArrayLength());
    }

    [Fact]
    public async Task A_page_beyond_the_service_skip_limit_asks_for_counts_only()
    {
        var fake = SearchService();

        var result = await fake.Index().SearchAsync(new PracticeSearchQuery { Page = 1_000_000, PageSize = 50 }, CancellationToken.None);

        var main = fake.Requests.Single().Json;
        Assert.Equal(0, main.GetProperty("top").GetInt32());
        Assert.False(main.TryGetProperty("skip", out _));
        Assert.Empty(result.Hits);
        Assert.Equal(2, result.Total);
    }

    [Fact]
    public async Task The_index_definition_has_analyzers_facets_sorting_and_the_suggester()
    {
        var fake = new AzureFake(r => (HttpStatusCode.Created, r.Body));

        await fake.Index().EnsureIndexAsync(CancellationToken.None);

        var request = fake.Requests.Single();
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/indexes('practices')", request.Path);
        Assert.Equal(ApiVersion, request.Query("api-version"));
        var index = request.Json;
        var fields = index.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.True(fields["id"].GetProperty("key").GetBoolean());
        foreach (var (language, analyzer) in new[] { ("en", "en.microsoft"), ("de", "de.microsoft"), ("nl", "nl.microsoft"), ("no", "nb.microsoft"), ("es", "es.microsoft"), ("fr", "fr.microsoft"), ("std", "standard.lucene") })
        {
            foreach (var field in new[] { "title_", "summary_", "body_" })
            {
                Assert.Equal(analyzer, fields[field + language].GetProperty("analyzer").GetString());
                Assert.True(fields[field + language].GetProperty("searchable").GetBoolean());
            }
        }

        foreach (var facet in PracticeFacets.All)
        {
            Assert.True(fields[facet].GetProperty("facetable").GetBoolean(), facet);
            Assert.True(fields[facet].GetProperty("filterable").GetBoolean(), facet);
        }

        Assert.Equal("Collection(Edm.String)", fields["country"].GetProperty("type").GetString());
        Assert.Equal("Edm.String", fields["trl"].GetProperty("type").GetString());
        Assert.True(fields["publishedAt"].GetProperty("sortable").GetBoolean());
        Assert.True(fields["trlLevel"].GetProperty("sortable").GetBoolean());
        Assert.True(fields["stageOrder"].GetProperty("sortable").GetBoolean());
        var suggester = index.GetProperty("suggesters").EnumerateArray().Single();
        Assert.Equal("titles", suggester.GetProperty("name").GetString());
        Assert.Equal(["title"], suggester.GetProperty("sourceFields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("fields", index.GetProperty("defaultScoringProfile").GetString());
        var weights = index.GetProperty("scoringProfiles")[0].GetProperty("text").GetProperty("weights");
        Assert.Equal(3, weights.GetProperty("title_en").GetDouble());
        Assert.Equal(2, weights.GetProperty("summary_en").GetDouble());
        Assert.Equal(1, weights.GetProperty("body_en").GetDouble());
    }

    [Fact]
    public async Task Upsert_uploads_documents_with_per_language_fields_and_delete_sends_keys()
    {
        var fake = new AzureFake(r => (HttpStatusCode.OK, """{"value":[{"key":"k","status":true,"errorMessage":null,"statusCode":201}]}"""));
        var practice = Corpus.Practice(1, "Ziekenhuizen \uE000werken", "Samen", "Body", language: "nl", countries: ["NL", "BE"], trl: 7, who: ["DHI-1.1"]);

        await fake.Index().UpsertAsync([practice], CancellationToken.None);
        await fake.Index().DeleteAsync([practice.Id], CancellationToken.None);

        var upload = fake.Requests.First();
        Assert.Equal("POST", upload.Method);
        Assert.Equal("/indexes('practices')/docs/search.index", upload.Path);
        var action = upload.Json.GetProperty("value")[0];
        Assert.Equal("upload", action.GetProperty("@search.action").GetString());
        Assert.Equal(practice.Id.ToString(), action.GetProperty("id").GetString());
        Assert.Equal("Ziekenhuizen  werken", action.GetProperty("title_nl").GetString()); // the highlight marker cannot be indexed
        Assert.Equal("Samen", action.GetProperty("summary_nl").GetString());
        Assert.Equal("Body", action.GetProperty("body_nl").GetString());
        Assert.False(action.TryGetProperty("title_en", out _));
        Assert.Equal("7", action.GetProperty("trl").GetString());
        Assert.Equal(7, action.GetProperty("trlLevel").GetInt32());
        Assert.Equal(["NL", "BE"], action.GetProperty("country").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["DHI-1.1"], action.GetProperty("who").EnumerateArray().Select(e => e.GetString()));

        var delete = fake.Requests.Last().Json.GetProperty("value")[0];
        Assert.Equal("delete", delete.GetProperty("@search.action").GetString());
        Assert.Equal(practice.Id.ToString(), delete.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Clear_recreates_the_index()
    {
        var fake = new AzureFake(r => r.Method == "DELETE" ? (HttpStatusCode.NotFound, """{"error":{"code":"","message":"No index"}}""") : (HttpStatusCode.Created, r.Body));

        await fake.Index().ClearAsync(CancellationToken.None);

        Assert.Equal(["DELETE /indexes('practices')", "PUT /indexes('practices')"], fake.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task A_finished_reindex_sends_nothing_the_service_merges_by_itself()
    {
        var fake = new AzureFake(_ => (HttpStatusCode.InternalServerError, "{}"));

        await fake.Index().ReindexFinishedAsync(CancellationToken.None);

        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task Suggest_uses_the_suggester_with_fuzzy_matching_and_returns_distinct_titles()
    {
        var fake = new AzureFake(_ => (HttpStatusCode.OK, """
            {"value":[
              {"@search.text":"Telemonitoring for heart failure","title":"Telemonitoring for heart failure"},
              {"@search.text":"telemonitoring for heart failure","title":"telemonitoring for heart failure"},
              {"@search.text":"Telemedizin","title":"Telemedizin"}]}
            """));

        var titles = await fake.Index().SuggestAsync("telem", 5, CancellationToken.None);

        Assert.Equal(["Telemonitoring for heart failure", "Telemedizin"], titles);
        var request = fake.Requests.Single();
        Assert.Equal("/indexes('practices')/docs/search.post.suggest", request.Path);
        Assert.Equal("telem", request.Json.GetProperty("search").GetString());
        Assert.Equal("titles", request.Json.GetProperty("suggesterName").GetString());
        Assert.True(request.Json.GetProperty("fuzzy").GetBoolean());
        Assert.Equal(15, request.Json.GetProperty("top").GetInt32());
        Assert.Empty(await fake.Index().SuggestAsync("  ", 5, CancellationToken.None));
        Assert.Empty(await fake.Index().SuggestAsync("telem", 0, CancellationToken.None));
        Assert.Single(fake.Requests);
        await fake.Index().SuggestAsync("telem", int.MaxValue, CancellationToken.None);
        Assert.Equal(60, fake.Requests.Last().Json.GetProperty("top").GetInt32()); // at most 20 titles, three answers each
    }

    [Fact]
    public void Highlight_markers_become_marks_and_everything_else_is_encoded()
    {
        Assert.Equal("a &lt;b&gt; <mark>c</mark> &amp; <mark>d</mark>", AzurePracticeSearchIndex.FromHighlight($"a <b> {Pre}c{Post} & {Pre}d{Post}"));
        Assert.Equal("<mark>open</mark>", AzurePracticeSearchIndex.FromHighlight($"{Pre}open"));
        Assert.Equal("stray", AzurePracticeSearchIndex.FromHighlight($"stray{Post}"));
    }
}
