using ImplementAll.Platform.Core.Search;
using ImplementAll.Platform.Infrastructure.Search;

namespace ImplementAll.Platform.SearchTests;

/// <summary>The shared pieces both adapters rely on: text parsing, request clamping and snippet encoding.</summary>
public sealed class ParsingAndEncodingTests
{
    private static string Show(string text) => string.Join(" | ", SearchText.Parse(text).Select(c => c switch
    {
        PhraseClause p => $"\"{p.Text}\"",
        WordClause { Prefix: true } w => w.Text + "*",
        _ => c.Text,
    }));

    [Theory]
    [InlineData("", "")]
    [InlineData("*", "")]
    [InlineData("diabetes care", "diabetes | care*")]
    [InlineData("diabetes care ", "diabetes | care")]
    [InlineData("telemon* app ", "telemon* | app")]
    [InlineData("\"care at home\" nurse", "\"care at home\" | nurse*")]
    [InlineData("\"care at home", "care | at | home*")]
    [InlineData("a \"b c\" \"d", "a | \"b c\" | d")]
    [InlineData("- : ( ) \\ ?", "")]
    [InlineData("x", "x")]
    public void Text_is_split_into_words_phrases_and_prefixes(string text, string expected)
    {
        Assert.Equal(expected, Show(text));
    }

    [Fact]
    public void Requests_are_truncated_cleaned_and_clamped()
    {
        var request = SearchRequest.From(new PracticeSearchQuery
        {
            Text = new string('a', 500) + "\uD800",
            Page = -3,
            PageSize = 500,
            Filters = new Dictionary<string, IReadOnlyList<string>>
            {
                ["COUNTRY"] = ["NL", "NL", "", new string('x', 300)],
                ["unknown"] = ["x"],
            },
        });

        Assert.Equal(PracticeSearchQuery.MaxTextLength, request.Text.Length);
        Assert.Equal(1, request.Page);
        Assert.Equal(PracticeSearchQuery.MaxPageSize, request.PageSize);
        Assert.Equal(["NL"], request.Filters[PracticeFacets.Country]);
        Assert.Single(request.Filters);
        Assert.Equal(" x", SearchRequest.CleanText("\uDC00x"));
    }

    [Fact]
    public void Snippets_encode_everything_but_the_marks_and_cut_long_text_around_the_first_match()
    {
        Assert.Equal("a &lt;b&gt; <mark>c&amp;d</mark>", SnippetHtml.Build("a <b> c&d", [(6, 9)]));

        var text = string.Join(' ', Enumerable.Repeat("word", 200)) + " target " + string.Join(' ', Enumerable.Repeat("tail", 200));
        var start = text.IndexOf("target", StringComparison.Ordinal);
        var snippet = SnippetHtml.Build(text, [(start, start + 6)]);

        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("<mark>target</mark>", snippet);
        Assert.True(snippet.Length < 400);
    }
}
