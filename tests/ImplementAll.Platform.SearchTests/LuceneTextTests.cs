namespace ImplementAll.Platform.SearchTests;

/// <summary>Relevance, stemming per language, typos, prefixes and phrases on the embedded engine.</summary>
public sealed class LuceneTextTests(LuceneFixture fixture) : IClassFixture<LuceneFixture>
{
    [Fact]
    public async Task A_title_match_outranks_a_body_match()
    {
        var hits = await fixture.Numbers("diabetes ");

        Assert.Equal([2, 3], hits); // 2 has it in the title and summary, 3 only in the body
    }

    [Theory]
    [InlineData("ziekenhuis", 11)] // nl: ziekenhuizen in the title and summary
    [InlineData("ouder", 12)] // nl: ouderen
    [InlineData("Krankenhaus", 9)] // de: Krankenhäuser
    [InlineData("Pflegeheim", 9)] // de: Pflegeheime
    [InlineData("sykehus", 13)] // no: sykehusene
    [InlineData("kommune", 14)] // no (nb): kommunene
    [InlineData("hospital", 15)] // es: hospitales (and English hospital in 1 and 5, checked below)
    [InlineData("paciente", 15)] // es: pacientes
    [InlineData("hôpital", 16)] // fr: hôpitaux
    [InlineData("infirmier", 16)] // fr: infirmiers
    [InlineData("readmission", 1)] // en: readmissions
    [InlineData("domiciliare", 17)] // it: standard analyzer, exact word
    public async Task Each_language_finds_its_inflections(string text, int expected)
    {
        var hits = await fixture.Numbers(text + " ");

        Assert.Contains(expected, hits);
    }

    [Theory]
    [InlineData("diabtes", 2)]
    [InlineData("telemonitorring", 1)]
    [InlineData("ziekenhuisen", 11)]
    [InlineData("Krankenhäsuer", 9)]
    public async Task Typos_are_tolerated(string text, int expected)
    {
        var hits = await fixture.Numbers(text + " ");

        Assert.Contains(expected, hits);
    }

    [Fact]
    public async Task Exact_matches_outrank_typo_matches()
    {
        var exact = (await fixture.Search("pharmacists ")).Hits.Single(h => LuceneFixture.NumberOf(h.Id) == 18);
        var typo = (await fixture.Search("pharmacsts ")).Hits.Single(h => LuceneFixture.NumberOf(h.Id) == 18);

        Assert.True(exact.Score > typo.Score, $"exact {exact.Score} should outscore typo {typo.Score}");
    }

    [Fact]
    public async Task A_trailing_star_or_the_last_word_is_a_prefix()
    {
        Assert.Equal([1], await fixture.Numbers("telemon* "));
        Assert.Equal([1], await fixture.Numbers("telemon"));
        Assert.Empty(await fixture.Numbers("telemon ")); // a finished word is not a prefix
        Assert.Equal([1, 5, 10], (await fixture.Numbers("tele")).Order()); // telemonitoring, telehealth, Telemedizin
    }

    [Fact]
    public async Task Empty_text_or_a_lone_star_matches_everything()
    {
        Assert.Equal(Corpus.All.Count, (await fixture.Search(null)).Total);
        Assert.Equal(Corpus.All.Count, (await fixture.Search("")).Total);
        Assert.Equal(Corpus.All.Count, (await fixture.Search("*")).Total);
        Assert.Equal(Corpus.All.Count, (await fixture.Search("  *  ")).Total);
    }

    [Fact]
    public async Task Quoted_phrases_match_words_in_order()
    {
        var phrase = await fixture.Numbers("\"care at home\"");
        var words = await fixture.Numbers("care home ");

        Assert.Equal([6], phrase);
        Assert.Contains(7, words);
    }

    [Fact]
    public async Task An_unbalanced_quote_is_read_as_plain_words()
    {
        var hits = await fixture.Numbers("\"care at home");

        Assert.Contains(6, hits);
        Assert.Contains(7, hits);
    }

    [Fact]
    public async Task Every_word_is_required()
    {
        Assert.Equal([1], await fixture.Numbers("heart failure telemonitoring "));
        Assert.Empty(await fixture.Numbers("diabetes telemonitoring "));
    }

    [Fact]
    public async Task Engine_syntax_is_taken_literally()
    {
        // Neither "OR" nor "-" nor ":" nor brackets mean anything: words are still all required.
        Assert.Empty(await fixture.Numbers("diabetes OR telemonitoring "));
        Assert.Equal([1, 3], (await fixture.Numbers("heart: failure ")).Order());
        Assert.Equal([1], await fixture.Numbers("(telemonitoring) "));
        Assert.Equal([1], await fixture.Numbers("+telemonitoring -heart "));
    }
}
