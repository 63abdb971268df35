using ImplementAll.Platform.Core.Search;

namespace ImplementAll.Platform.SearchTests;

/// <summary>Sorting, paging, hit fields and snippets on the embedded engine.</summary>
public sealed class LuceneResultTests(LuceneFixture fixture) : IClassFixture<LuceneFixture>
{
    private static readonly Dictionary<Guid, PracticeDocument> ById = Corpus.All.ToDictionary(p => p.Id);

    [Fact]
    public async Task Recency_sorts_newest_first()
    {
        var hits = (await fixture.Search(null, PracticeSort.Recency)).Hits;

        Assert.Equal(Corpus.All.Count, hits.Count);
        Assert.Equal(hits.OrderByDescending(h => h.PublishedAt).Select(h => h.PublishedAt), hits.Select(h => h.PublishedAt));
    }

    [Fact]
    public async Task Maturity_sorts_by_trl_then_stage_then_recency()
    {
        var hits = (await fixture.Search(null, PracticeSort.Maturity)).Hits;

        var keys = hits.Select(h => (h.Trl, ById[h.Id].StageOrder, h.PublishedAt)).ToList();
        Assert.Equal(keys.OrderByDescending(k => k.Trl).ThenByDescending(k => k.StageOrder).ThenByDescending(k => k.PublishedAt), keys);
        Assert.Equal(9, hits[0].Trl);
    }

    [Fact]
    public async Task Sorts_apply_to_text_searches_too()
    {
        var hits = (await fixture.Search("home ", PracticeSort.Maturity)).Hits;

        Assert.True(hits.Count >= 3);
        Assert.Equal(hits.OrderByDescending(h => h.Trl).Select(h => h.Trl), hits.Select(h => h.Trl));
    }

    [Fact]
    public async Task Pages_partition_the_results()
    {
        var all = (await fixture.Search(null, PracticeSort.Recency)).Hits.Select(h => h.Id).ToList();
        var paged = new List<Guid>();
        for (var page = 1; page <= 9; page++)
        {
            var result = await fixture.Search(null, PracticeSort.Recency, page, pageSize: 5);
            Assert.Equal(all.Count, result.Total);
            paged.AddRange(result.Hits.Select(h => h.Id));
        }

        Assert.Equal(all, paged);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(int.MaxValue)]
    public async Task A_page_past_the_end_has_no_hits_but_the_total_and_facets(int page)
    {
        var first = await fixture.Search(null, page: 1, pageSize: 10, filters: new() { [PracticeFacets.Country] = ["NL"] });
        var beyond = await fixture.Search(null, page: page, pageSize: 50, filters: new() { [PracticeFacets.Country] = ["NL"] });

        Assert.Empty(beyond.Hits);
        Assert.Equal(first.Total, beyond.Total);
        Assert.Equal(first.Facets[PracticeFacets.Type], beyond.Facets[PracticeFacets.Type]);
        Assert.Equal(first.Facets[PracticeFacets.Country], beyond.Facets[PracticeFacets.Country]);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-5, -1)]
    [InlineData(1, 1000)]
    public async Task Out_of_range_page_numbers_and_sizes_are_clamped(int page, int pageSize)
    {
        var result = await fixture.Search(null, page: page, pageSize: pageSize);

        Assert.InRange(result.Hits.Count, 1, PracticeSearchQuery.MaxPageSize);
    }

    [Fact]
    public async Task Hits_carry_the_practice_fields()
    {
        var hit = (await fixture.Search("telemonitoring ")).Hits.Single();
        var practice = ById[hit.Id];

        Assert.Equal(practice.Title, hit.Title);
        Assert.Equal(practice.Type, hit.Type);
        Assert.Equal(practice.OwnerName, hit.OwnerName);
        Assert.Equal(practice.Countries, hit.Countries);
        Assert.Equal(practice.Trl, hit.Trl);
        Assert.Equal(practice.Stage, hit.Stage);
        Assert.Equal(practice.PublishedAt, hit.PublishedAt);
        Assert.Equal(DateTimeKind.Utc, hit.PublishedAt.Kind);
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public async Task Snippets_mark_matches_in_the_summary()
    {
        var hit = (await fixture.Search("telemonitoring ")).Hits.Single();

        Assert.Equal("Remote <mark>telemonitoring</mark> of weight and blood pressure reduces hospital readmissions.", hit.Snippet);
    }

    [Fact]
    public async Task Snippets_mark_stemmed_and_typo_matches_in_their_own_language()
    {
        var dutch = (await fixture.Search("ziekenhuis ")).Hits.Single(h => LuceneFixture.NumberOf(h.Id) == 11);
        var typo = (await fixture.Search("diabtes ")).Hits.Single(h => LuceneFixture.NumberOf(h.Id) == 2);

        Assert.Contains("<mark>ziekenhuizen</mark>", dutch.Snippet);
        Assert.Contains("<mark>diabetes</mark>", typo.Snippet);
    }

    [Fact]
    public async Task Snippets_fall_back_to_a_body_excerpt()
    {
        var hit = (await fixture.Search("diabetes ")).Hits.Single(h => LuceneFixture.NumberOf(h.Id) == 3);

        Assert.Equal("Many clients live with chronic conditions such as <mark>diabetes</mark>, COPD and heart failure.", hit.Snippet);
    }

    [Fact]
    public async Task Snippets_are_html_encoded_apart_from_the_marks()
    {
        var hit = (await fixture.Search("medication ")).Hits.Single(h => LuceneFixture.NumberOf(h.Id) == 8);
        var all = (await fixture.Search("script ")).Hits.Single(h => LuceneFixture.NumberOf(h.Id) == 8);

        Assert.Equal("Summary with &lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt; <mark>medication</mark> &quot;quotes&quot;.", hit.Snippet);
        Assert.DoesNotContain("<script", all.Snippet);
        Assert.DoesNotContain("<b>", all.Snippet);
        // The title is returned as data (the page encodes it like any other text), unchanged.
        Assert.Equal("<script>alert('x')</script> Safe rendering & co", hit.Title);
    }

    [Fact]
    public async Task A_match_all_search_shows_the_plain_encoded_summary()
    {
        var hit = (await fixture.Search(null)).Hits.Single(h => LuceneFixture.NumberOf(h.Id) == 8);

        Assert.StartsWith("Summary with &lt;b&gt;", hit.Snippet);
        Assert.DoesNotContain("<mark>", hit.Snippet);
    }
}
