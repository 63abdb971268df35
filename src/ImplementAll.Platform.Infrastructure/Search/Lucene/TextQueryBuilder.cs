using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImplementAll.Platform.Infrastructure.Search.Lucene;

/// <summary>The Lucene query for the user's text, and per language what the highlighter should mark.</summary>
internal sealed record TextQuery(Query Query, bool MatchAll, IReadOnlyDictionary<string, HighlightTerms> Highlights);

/// <summary>
/// Builds Lucene queries from <see cref="SearchText"/> clauses with term objects only (never QueryParser), so no text
/// can be a syntax error. Per language: every clause is required (AND), each analyzed with that language's analyzer and
/// matched in title, summary or body (best field wins, title weighted over summary over body); exact terms outscore
/// typo matches, which outscore prefix matches. The languages are alternatives (OR): a practice has text in one of them.
/// </summary>
internal sealed class TextQueryBuilder(PracticeAnalyzers analyzers)
{
    private const float TitleBoost = 3f;
    private const float SummaryBoost = 2f;
    private const float BodyBoost = 1f;

    /// <summary>Typo and prefix matches score as a fraction of the field's weight (they are constant-score), below any exact term.</summary>
    private const float FuzzyBoost = 0.3f;
    private const float PrefixBoost = 0.5f;

    /// <summary>A typo rarely hits the first letter; requiring it keeps fuzzy expansion fast on a large term dictionary.</summary>
    private const int FuzzyPrefixLength = 1;
    private const int FuzzyMaxExpansions = 16;

    /// <summary>One user word rarely analyzes into more tokens (e-mail, covid-19); the cap bounds the query size.</summary>
    private const int MaxTokensPerWord = 8;
    private const int MaxTokensPerPhrase = 16;

    public TextQuery Build(IReadOnlyList<TextClause> clauses)
    {
        var highlights = new Dictionary<string, HighlightTerms>(StringComparer.Ordinal);
        if (clauses.Count == 0)
        {
            return new TextQuery(new MatchAllDocsQuery(), true, highlights);
        }

        var root = new BooleanQuery(disableCoord: true);
        foreach (var language in TextLanguages.AllKeys)
        {
            var terms = new HighlightTerms();
            var perLanguage = new BooleanQuery(disableCoord: true);
            foreach (var clause in clauses)
            {
                var query = clause switch
                {
                    WordClause word => Word(language, word, terms),
                    PhraseClause phrase => Phrase(language, phrase, terms),
                    _ => null,
                };
                if (query is not null)
                {
                    perLanguage.Add(query, Occur.MUST);
                }
            }

            if (perLanguage.Clauses.Count > 0)
            {
                root.Add(perLanguage, Occur.SHOULD);
                highlights[language] = terms;
            }
        }

        // Only stop words or characters no analyzer keeps: there is nothing to look for, so everything matches.
        return root.Clauses.Count == 0
            ? new TextQuery(new MatchAllDocsQuery(), true, highlights)
            : new TextQuery(root, false, highlights);
    }

    private Query? Word(string language, WordClause word, HighlightTerms highlight)
    {
        var field = TextLanguages.TitleField(language);
        var tokens = PracticeAnalyzers.Analyze(analyzers.For(language), field, word.Text, MaxTokensPerWord);

        // For a prefix, also the unstemmed form: a stemmer may cut an unfinished word differently from the whole one,
        // and a prefix that is a stop word ("de" for "dementie") leaves no stemmed token at all.
        string? raw = null;
        if (word.Prefix)
        {
            var plain = PracticeAnalyzers.Analyze(analyzers.Plain, field, word.Text, MaxTokensPerWord);
            raw = plain.Count > 0 ? plain[^1].Term : null;
        }

        if (tokens.Count == 0)
        {
            return raw is null ? null : Fields(language, f => Prefix(f, raw, highlight));
        }

        var all = new BooleanQuery(disableCoord: true);
        for (var i = 0; i < tokens.Count; i++)
        {
            var term = tokens[i].Term;
            var last = i == tokens.Count - 1;
            var prefixes = word.Prefix && last ? new[] { term, raw }.OfType<string>().Distinct().ToArray() : [];
            var edits = SearchText.FuzzyEdits(term.Length);
            highlight.Exact.Add(term);
            if (edits > 0)
            {
                highlight.Fuzzy.Add((term, edits));
            }

            all.Add(Fields(language, f =>
            {
                var any = new BooleanQuery(disableCoord: true) { { new TermQuery(new Term(f, term)), Occur.SHOULD } };
                if (edits > 0)
                {
                    any.Add(new FuzzyQuery(new Term(f, term), edits, FuzzyPrefixLength, FuzzyMaxExpansions, true) { Boost = FuzzyBoost }, Occur.SHOULD);
                }

                foreach (var prefix in prefixes)
                {
                    any.Add(Prefix(f, prefix, highlight), Occur.SHOULD);
                }

                return any;
            }), Occur.MUST);
        }

        return all.Clauses.Count == 1 ? all.Clauses[0].Query : all;
    }

    private Query? Phrase(string language, PhraseClause phrase, HighlightTerms highlight)
    {
        var field = TextLanguages.TitleField(language);
        var tokens = PracticeAnalyzers.Analyze(analyzers.For(language), field, phrase.Text, MaxTokensPerPhrase);
        if (tokens.Count == 0)
        {
            return null;
        }

        foreach (var token in tokens)
        {
            highlight.Exact.Add(token.Term);
        }

        return Fields(language, f =>
        {
            if (tokens.Count == 1)
            {
                return new TermQuery(new Term(f, tokens[0].Term));
            }

            // Positions from the analyzer keep the gaps stop words leave, so "care at home" matches "care at home" exactly.
            var query = new PhraseQuery();
            foreach (var token in tokens)
            {
                query.Add(new Term(f, token.Term), token.Position);
            }

            return query;
        });
    }

    private static PrefixQuery Prefix(string field, string prefix, HighlightTerms highlight)
    {
        highlight.Prefixes.Add(prefix);
        return new PrefixQuery(new Term(field, prefix)) { Boost = PrefixBoost };
    }

    /// <summary>The same query on title, summary and body; the best field counts, plus a little for matching in several.</summary>
    private static Query Fields(string language, Func<string, Query> perField)
    {
        var title = perField(TextLanguages.TitleField(language));
        var summary = perField(TextLanguages.SummaryField(language));
        var body = perField(TextLanguages.BodyField(language));
        title.Boost *= TitleBoost;
        summary.Boost *= SummaryBoost;
        body.Boost *= BodyBoost;
        return new DisjunctionMaxQuery([title, summary, body], 0.1f);
    }
}

/// <summary>What a language's query matches, in analyzed form, for marking the same words in a snippet.</summary>
internal sealed class HighlightTerms
{
    public HashSet<string> Exact { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Prefixes { get; } = new(StringComparer.Ordinal);
    public List<(string Term, int Edits)> Fuzzy { get; } = [];

    public bool Matches(string token)
    {
        if (Exact.Contains(token))
        {
            return true;
        }

        foreach (var prefix in Prefixes)
        {
            if (token.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var (term, edits) in Fuzzy)
        {
            if (token.Length > 0 && token[0] == term[0] && Distance.Within(token, term, edits))
            {
                return true;
            }
        }

        return false;
    }
}
