using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.No;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ImplementAll.Platform.Infrastructure.Search.Lucene;

/// <summary>
/// One analyzer per supported text language, and the field names that carry them. A document's title, summary and body
/// go into the fields of its own language only; a query is analyzed once per language and searches that language's
/// fields, so "ziekenhuizen" is stemmed as Dutch against Dutch practices and as English against English ones.
/// </summary>
internal sealed class PracticeAnalyzers : IDisposable
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Title words as typed (lower-cased, accents folded, not stemmed): exact-word bonus for suggestions.</summary>
    public const string SuggestField = "suggest";

    /// <summary>Edge n-grams of the title words: a typed prefix is a single term here, and a fuzzy term is a typo-tolerant prefix.</summary>
    public const string SuggestGramField = "suggest_ng";

    /// <summary>
    /// Title words unstemmed (lower-cased, accents folded), in every language: where typos and unfinished words are
    /// matched. A stemmer cannot be trusted with either ("medicaton" does not stem like "medication"), so fuzzy and
    /// prefix terms are compared with the words as written, exact terms with the stems.
    /// </summary>
    public const string PlainTitleField = "plain_title";

    /// <summary>Summary and body words unstemmed, in every language (see <see cref="PlainTitleField"/>).</summary>
    public const string PlainTextField = "plain_text";

    private readonly Dictionary<string, Analyzer> byLanguage;

    public PracticeAnalyzers()
    {
        byLanguage = new Dictionary<string, Analyzer>(StringComparer.Ordinal)
        {
            ["en"] = new EnglishAnalyzer(Version),
            ["de"] = new GermanAnalyzer(Version),
            ["nl"] = new DutchSpellingAnalyzer(new DutchAnalyzer(Version)),
            ["no"] = new NorwegianAnalyzer(Version),
            ["es"] = new SpanishAnalyzer(Version),
            ["fr"] = new FrenchAnalyzer(Version),
            // No stop words: for a language we know nothing about, English stop words would only remove real words.
            [TextLanguages.Standard] = new StandardAnalyzer(Version, CharArraySet.Empty),
        };
        Plain = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(Version, tokenizer), false));
        });
        var grams = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(Version, tokenizer), false);
            return new TokenStreamComponents(tokenizer, new EdgeNGramTokenFilter(Version, stream, 1, 20));
        });

        var perField = new Dictionary<string, Analyzer>
        {
            [SuggestField] = Plain,
            [SuggestGramField] = grams,
            [PlainTitleField] = Plain,
            [PlainTextField] = Plain,
        };
        foreach (var (language, analyzer) in byLanguage)
        {
            perField[TextLanguages.TitleField(language)] = analyzer;
            perField[TextLanguages.SummaryField(language)] = analyzer;
            perField[TextLanguages.BodyField(language)] = analyzer;
        }

        // Facet and id fields are StringFields, which are not analyzed, so the default never matters for them.
        Indexing = new PerFieldAnalyzerWrapper(byLanguage[TextLanguages.Standard], perField);
    }

    /// <summary>What the IndexWriter uses: each field with its language's analyzer.</summary>
    public Analyzer Indexing { get; }

    /// <summary>Lower-case, accent-folded words without stemming (suggestions, prefix fallbacks).</summary>
    public Analyzer Plain { get; }

    public Analyzer For(string languageKey) => byLanguage[languageKey];

    /// <summary>The analyzed terms of <paramref name="text"/> with their position (stop words leave gaps) and character offsets.</summary>
    public static List<AnalyzedToken> Analyze(Analyzer analyzer, string field, string text, int maxTokens = int.MaxValue)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (tokens.Count < maxTokens && stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    public void Dispose()
    {
        foreach (var analyzer in byLanguage.Values)
        {
            analyzer.Dispose();
        }

        Plain.Dispose();
        Indexing.Dispose();
    }
}

internal readonly record struct AnalyzedToken(string Term, int Position, int Start, int End);

/// <summary>
/// Lucene's Dutch (Snowball) stemmer leaves the Dutch spelling alternations s/z and f/v apart: "ziekenhuizen" stems to
/// "ziekenhuiz" but "ziekenhuis" to "ziekenhuis", "brieven" to "briev" but "brief" to "brief". Folding a final z to s and
/// v to f after stemming (at index and query time alike) joins each plural with its singular.
/// </summary>
internal sealed class DutchSpellingAnalyzer(Analyzer dutch) : AnalyzerWrapper(dutch.Strategy)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => dutch;

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components) =>
        new(components.Tokenizer, new FinalConsonantFilter(components.TokenStream));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            dutch.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class FinalConsonantFilter : TokenFilter
    {
        private readonly ICharTermAttribute term;

        public FinalConsonantFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }

            var length = term.Length;
            if (length > 2)
            {
                var buffer = term.Buffer;
                buffer[length - 1] = buffer[length - 1] switch { 'z' => 's', 'v' => 'f', var c => c };
            }

            return true;
        }
    }
}
