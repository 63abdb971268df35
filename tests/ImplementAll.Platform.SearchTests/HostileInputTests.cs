using FsCheck;
using FsCheck.Fluent;
using ImplementAll.Platform.Core.Search;
using ImplementAll.Platform.Infrastructure.Search;
using ImplementAll.Platform.Infrastructure.Search.Azure;

namespace ImplementAll.Platform.SearchTests;

/// <summary>
/// Generated hostile text (any UTF-16 unit including lone surrogates, engine syntax, operators, quotes, huge lengths):
/// searching and suggesting never throw, and the Azure search text never carries an unescaped syntax character.
/// </summary>
public sealed class HostileInputTests(LuceneFixture fixture) : IClassFixture<LuceneFixture>
{
    private const int Runs = 2_500;

    private static readonly string[] Pieces =
    [
        "\"", "*", "?", ":", "\\", "(", ")", "[", "]", "{", "}", "^", "~", "!", "/", "&&", "||", "+", "-", "'",
        "AND", "OR", "NOT", "TO", "*:*", "title:", "~2", "^10", " ", "  ", "\t", "diabetes", "ziekenhuizen", "telemon*",
        "O'Brien", "é", "ß", "\uD800", "\uDC00", "😀", "\u0000", "\u200B", "\uE000", "\uE001", "ｔｅｌｅ", "تيليم", "病院",
    ];

    private static Gen<string> Hostile()
    {
        var unit = Gen.Frequency(
            (3, Gen.Elements(Pieces)),
            (2, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())),
            (2, Gen.Elements("a", "e", "r", "t", "o", "n", "s")));
        var normal = Gen.ListOf(unit).Select(parts => string.Concat(parts));
        // Far longer than any box allows: the adapters must cut it, not the caller.
        var huge = Gen.Choose(1_000, 20_000).SelectMany(n => unit.Select(u => string.Concat(Enumerable.Repeat(u + "x ", n / 3))));
        return Gen.Frequency((20, normal), (1, huge));
    }

    [Fact]
    public void Lucene_search_and_suggest_never_throw()
    {
        var filters = new Dictionary<string, IReadOnlyList<string>> { [PracticeFacets.Country] = ["NL", "BE"] };
        Prop.ForAll(Hostile().ToArbitrary(), text =>
        {
            var result = fixture.Index.SearchAsync(new PracticeSearchQuery { Text = text, Filters = filters }, CancellationToken.None).GetAwaiter().GetResult();
            var titles = fixture.Index.SuggestAsync(text, 5, CancellationToken.None).GetAwaiter().GetResult();
            return result.Total >= result.Hits.Count && titles.Count <= 5 && result.Hits.All(h => !h.Snippet.Contains("<script", StringComparison.OrdinalIgnoreCase));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Runs));
    }

    [Fact]
    public void Hostile_text_as_facet_values_never_throws()
    {
        Prop.ForAll(Hostile().ToArbitrary(), value =>
        {
            var filters = new Dictionary<string, IReadOnlyList<string>> { [PracticeFacets.Type] = [value], [PracticeFacets.Who] = [value, "DHI-1.1"] };
            var result = fixture.Index.SearchAsync(new PracticeSearchQuery { Filters = filters, Page = value.Length }, CancellationToken.None).GetAwaiter().GetResult();
            return result.Total >= 0;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Azure_search_text_escapes_every_syntax_character_of_the_user()
    {
        Prop.ForAll(Hostile().ToArbitrary(), text =>
        {
            var clauses = SearchText.Parse(SearchRequest.CleanText(text, PracticeSearchQuery.MaxTextLength));
            var search = AzureQuery.SearchTextFor(clauses);
            return EscapedOutsideOurSyntax(clauses, search);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Runs));
    }

    /// <summary>Rebuilds the expected text from the clauses with only escaped user content; equality means nothing leaked.</summary>
    private static bool EscapedOutsideOurSyntax(IReadOnlyList<TextClause> clauses, string search)
    {
        foreach (var clause in clauses)
        {
            var escaped = AzureQuery.Escape(clause.Text);
            for (var i = 0; i < escaped.Length; i++)
            {
                if (escaped[i] == '\\')
                {
                    i++; // the next character is escaped, whatever it is
                }
                else if ("+-&|!(){}[]^\"~*?:/".Contains(escaped[i]))
                {
                    return false; // an unescaped syntax character
                }
            }

            if (escaped is "AND" or "OR" or "NOT" || !search.Contains(escaped, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return clauses.Count > 0 || search == "*";
    }
}
