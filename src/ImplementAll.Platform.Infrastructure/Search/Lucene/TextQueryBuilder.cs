using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImplementAll.Platform.Infrastructure.Search.Lucene;

/// <summary>The Lucene query for the user's text, and what the highlighter should mark.</summary>
internal sealed record TextQuery(Query Query, bool MatchAll, HighlightTerms Highlights);

/// <summary>
/// Builds Lucene queries from <see cref="SearchText"/> clauses with term objects only (never QueryParser), so no text
/// can be a syntax error. Every clause is required (AND). A word matches when, in some language, its stems are in the
/// title, summary or body of that language (best field wins; title over summary over body), or when it is one or two
/// typos away from a word as written (unstemmed fields, every language), or, for the last or starred word, when a
/// written word starts with it. Exact stems outscore typo matches, which outscore prefix matches. A word that a
/// language's analyzer drops (a stop word there) asks nothing of that language's practices.
/// </summary>
internal sealed class TextQueryBuilder(PracticeAnalyzers analyzers)
{
    private const float TitleBoost = 3f;
    private const float SummaryBoost = 2f;
    private const float BodyBoost = 1f;

    /// <summary>Typo and prefix matches score a fraction of the field's weight (they are constant-score), below any exact stem.</summary>
    private const float FuzzyBoost = 0.3f;
    private const float PrefixBoost = 0.2f;

    /// <summary>
    /// A written word in at least this many practices is taken as meant, not as a typo: it is not also expanded to its
    /// neighbours ("care" does not bring "core" and "card"), which is more precise and saves compiling an automaton.
    /// Fewer than this, and a word may be someone's typo in a practice, so its neighbours are still searched.
    /// </summary>
    private const int CommonWordDocs = 3;

    /// <summary>One user word rarely analyzes into more tokens (e-mail, covid-19); the cap bounds the query size.</summary>
    private const int MaxTokensPerWord = 8;
    private const int MaxTokensPerPhrase = 16;

    private static readonly ConditionalWeakTable<IndexReader, string[]> PresentLanguages = new();

    public TextQuery Build(IReadOnlyList<TextClause> clauses, IndexReader reader)
    {
        var highlights = new HighlightTerms();
        var root = new BooleanQuery(disableCoord: true);
        using var lookup = new TermLookup(reader);
        var languages = LanguagesIn(reader);
        foreach (var clause in clauses)
        {
            var query = clause switch
            {
                WordClause word => Word(word, languages, lookup, highlights),
                PhraseClause phrase => Phrase(phrase, languages, lookup, highlights),
                _ => null,
            };
            if (query is not null)
            {
                root.Add(query, Occur.MUST);
            }
        }

        // Nothing to look for (empty text, a lone *, only punctuation): everything matches.
        return root.Clauses.Count == 0
            ? new TextQuery(new MatchAllDocsQuery(), true, highlights)
            : new TextQuery(root, false, highlights);
    }

    /// <returns>Null when the word asks nothing (dropped by every analyzer); a query matching nothing when it asks for absent terms.</returns>
    private Query? Word(WordClause word, IReadOnlyList<string> languages, TermLookup lookup, HighlightTerms highlights)
    {
        var any = new BooleanQuery(disableCoord: true);
        var asks = false;
        foreach (var language in languages)
        {
            var tokens = PracticeAnalyzers.Analyze(analyzers.For(language), TextLanguages.TitleField(language), word.Text, MaxTokensPerWord);
            if (tokens.Count == 0)
            {
                AddIfPresent(any, AnyPracticeIn(language, lookup));
                continue;
            }

            asks = true;
            var all = new BooleanQuery(disableCoord: true);
            foreach (var token in tokens)
            {
                highlights.ExactFor(language).Add(token.Term);
                var fields = LanguageFields(language, f => lookup.Query(f, token.Term));
                if (fields is null)
                {
                    all = null; // a token this language's practices never have: the word cannot match in this language
                    break;
                }

                all.Add(fields, Occur.MUST);
            }

            AddIfPresent(any, all is null ? null : all.Clauses.Count == 1 ? all.Clauses[0].Query : all);
        }

        var written = PracticeAnalyzers.Analyze(analyzers.Plain, PracticeAnalyzers.PlainTitleField, word.Text, MaxTokensPerWord);
        var edits = written.Count == 1 ? SearchText.FuzzyEdits(written[0].Term.Length) : 0;
        if (edits > 0 && !IsCommon(lookup, written[0].Term))
        {
            var term = written[0].Term;
            var automaton = TypoAutomata.For(term, edits);
            highlights.Fuzzy.Add((term, edits));
            any.Add(PlainFields(FuzzyBoost, f => new TypoQuery(f, term, automaton)), Occur.SHOULD);
            asks = true;
        }

        if (word.Prefix && written.Count > 0)
        {
            var prefix = written[^1].Term;
            highlights.Prefixes.Add(prefix);
            any.Add(PlainFields(PrefixBoost, f => new PrefixQuery(new Term(f, prefix))), Occur.SHOULD);
            asks = true;
        }

        return asks ? any : null;
    }

    private Query? Phrase(PhraseClause phrase, IReadOnlyList<string> languages, TermLookup lookup, HighlightTerms highlights)
    {
        var any = new BooleanQuery(disableCoord: true);
        var asks = false;
        foreach (var language in languages)
        {
            var tokens = PracticeAnalyzers.Analyze(analyzers.For(language), TextLanguages.TitleField(language), phrase.Text, MaxTokensPerPhrase);
            if (tokens.Count == 0)
            {
                AddIfPresent(any, AnyPracticeIn(language, lookup));
                continue;
            }

            asks = true;
            foreach (var token in tokens)
            {
                highlights.ExactFor(language).Add(token.Term);
            }

            AddIfPresent(any, LanguageFields(language, f =>
            {
                if (tokens.Count == 1)
                {
                    return lookup.Query(f, tokens[0].Term);
                }

                if (!tokens.All(t => lookup.Exists(f, t.Term)))
                {
                    return null;
                }

                // Positions from the analyzer keep the gaps stop words leave, so "care at home" needs exactly one word between.
                var query = new PhraseQuery();
                foreach (var token in tokens)
                {
                    query.Add(new Term(f, token.Term), token.Position);
                }

                return query;
            }));
        }

        return asks ? any : null;
    }

    private static void AddIfPresent(BooleanQuery any, Query? query)
    {
        if (query is not null)
        {
            any.Add(query, Occur.SHOULD);
        }
    }

    /// <summary>
    /// The languages that have practices in this reader, worked out once per reader (a new one comes with every write).
    /// Most installations hold two or three of the seven languages; the others need not even be looked up.
    /// </summary>
    private static IReadOnlyList<string> LanguagesIn(IndexReader reader) =>
        PresentLanguages.GetValue(reader, r => TextLanguages.AllKeys.Where(l => r.DocFreq(new Term(PracticeFields.Language, l)) > 0).ToArray());

    private static bool IsCommon(TermLookup lookup, string written) =>
        lookup.DocFreq(PracticeAnalyzers.PlainTextField, written) + lookup.DocFreq(PracticeAnalyzers.PlainTitleField, written) >= CommonWordDocs;

    /// <summary>Satisfies a clause for every practice of a language whose analyzer drops the clause's words; scores nothing.</summary>
    private static Query? AnyPracticeIn(string language, TermLookup lookup) =>
        lookup.Query(PracticeFields.Language, language) is { } query ? new ConstantScoreQuery(query) { Boost = 0f } : null;

    /// <summary>
    /// The same query on a language's title, summary and body where the field has it; the best field counts, plus a
    /// little for matching in several. Null when no field has it.
    /// </summary>
    private static Query? LanguageFields(string language, Func<string, Query?> perField)
    {
        var present = new List<Query>(3);
        foreach (var (field, boost) in new[]
        {
            (TextLanguages.TitleField(language), TitleBoost),
            (TextLanguages.SummaryField(language), SummaryBoost),
            (TextLanguages.BodyField(language), BodyBoost),
        })
        {
            if (perField(field) is { } query)
            {
                query.Boost *= boost;
                present.Add(query);
            }
        }

        return present.Count switch
        {
            0 => null,
            1 => present[0],
            _ => new DisjunctionMaxQuery(present, 0.1f),
        };
    }

    private static Query PlainFields(float factor, Func<string, Query> perField)
    {
        var title = perField(PracticeAnalyzers.PlainTitleField);
        var text = perField(PracticeAnalyzers.PlainTextField);
        title.Boost = TitleBoost * factor;
        text.Boost = BodyBoost * factor;
        return new DisjunctionMaxQuery([title, text], 0.1f);
    }
}
