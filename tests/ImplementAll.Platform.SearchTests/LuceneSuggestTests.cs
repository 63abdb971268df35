namespace ImplementAll.Platform.SearchTests;

/// <summary>Autocomplete on titles.</summary>
public sealed class LuceneSuggestTests(LuceneFixture fixture) : IClassFixture<LuceneFixture>
{
    private Task<IReadOnlyList<string>> Suggest(string prefix, int max = 10) => fixture.Index.SuggestAsync(prefix, max, CancellationToken.None);

    [Fact]
    public async Task Completes_the_last_word()
    {
        var titles = await Suggest("telem");

        // Both titles with a word starting "telem" come first (shorter first); a one-typo prefix ("tele" in Telehealth) may follow.
        Assert.Equal(["Telemedizin für Hausärzte", "Telemonitoring for heart failure patients"], titles.Take(2));
        Assert.All(titles.Skip(2), t => Assert.Contains("Tele", t));
    }

    [Fact]
    public async Task Earlier_words_narrow_the_titles()
    {
        Assert.Equal(["Telemonitoring for heart failure patients"], await Suggest("heart tele"));
    }

    [Fact]
    public async Task Tolerates_a_typo_in_the_last_word()
    {
        Assert.Contains("Telemonitoring for heart failure patients", await Suggest("telemn"));
        Assert.Contains("Diabetes self-management app", await Suggest("diabt"));
    }

    [Fact]
    public async Task Accents_are_ignored()
    {
        Assert.Contains("Telemedizin für Hausärzte", await Suggest("hausarz"));
    }

    [Fact]
    public async Task Equal_titles_are_returned_once_and_max_is_respected()
    {
        using var index = ImplementAll.Platform.Infrastructure.Search.Lucene.LucenePracticeSearchIndex.InMemory();
        await index.UpsertAsync(
        [
            Corpus.Practice(1, "Regional vaccination outreach", "s"),
            Corpus.Practice(2, "Regional Vaccination Outreach", "s"),
            Corpus.Practice(3, "Regional screening pathway", "s"),
            Corpus.Practice(4, "Screening in regions", "s"),
        ], CancellationToken.None);

        var titles = await index.SuggestAsync("regional", 50, CancellationToken.None);

        // Each title once, shorter first. "regions" is two edits away but "regional" starts title words, so it is
        // taken as typed and not widened to typos.
        Assert.Equal(["Regional screening pathway", "Regional vaccination outreach"], titles);
        Assert.Equal(["Regional screening pathway", "Regional vaccination outreach"], await index.SuggestAsync("regoinal", 50, CancellationToken.None));
        Assert.Single(await index.SuggestAsync("regional", 1, CancellationToken.None));
        Assert.Empty(await index.SuggestAsync("regional", 0, CancellationToken.None));
        Assert.Empty(await index.SuggestAsync("regional", int.MinValue, CancellationToken.None));
        Assert.Equal(2, (await index.SuggestAsync("regional", int.MaxValue, CancellationToken.None)).Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*")]
    [InlineData("\"")]
    public async Task Nothing_to_complete_gives_nothing(string prefix)
    {
        Assert.Empty(await Suggest(prefix));
    }
}
