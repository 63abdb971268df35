using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImplementAll.Platform.Infrastructure.Search.Lucene;

/// <summary>
/// Autocomplete over titles. Every typed word must match a title word: whole (best), as a prefix (an edge n-gram of
/// the title word), or as a prefix with a typo (a fuzzy term against the n-grams, from 4 characters). Scores are
/// constant per kind of match so the ranking is predictable, then shorter titles and titles starting with the typed
/// text come first; equal titles are returned once.
/// </summary>
internal sealed class TitleSuggester(PracticeAnalyzers analyzers)
{
    /// <summary>Typed text beyond this is not a prefix anyone types; it also bounds the query.</summary>
    private const int MaxWords = 8;

    public IReadOnlyList<string> Suggest(IndexSearcher searcher, string prefix, int max)
    {
        var text = SearchRequest.CleanText(prefix, Core.Search.PracticeSearchQuery.MaxTextLength);
        var words = PracticeAnalyzers.Analyze(analyzers.Plain, PracticeAnalyzers.SuggestField, text, MaxWords);
        if (words.Count == 0 || max < 1)
        {
            return [];
        }

        var query = new BooleanQuery(disableCoord: true);
        foreach (var word in words)
        {
            // Grams are at most 20 characters (see PracticeAnalyzers); a longer typed word is matched by its first 20.
            var gram = word.Term.Length > 20 ? word.Term[..20] : word.Term;
            var anyForm = new BooleanQuery(disableCoord: true)
            {
                { Constant(new TermQuery(new Term(PracticeAnalyzers.SuggestField, word.Term)), 3f), Occur.SHOULD },
                { Constant(new TermQuery(new Term(PracticeAnalyzers.SuggestGramField, gram)), 2f), Occur.SHOULD },
            };
            // A typed prefix that starts some title word is taken as meant; otherwise it may hold a typo, and grams
            // one or two edits away count too (a fuzzy term against edge n-grams is a typo-tolerant prefix).
            var edits = SearchText.FuzzyEdits(gram.Length);
            if (edits > 0 && searcher.IndexReader.DocFreq(new Term(PracticeAnalyzers.SuggestGramField, gram)) == 0)
            {
                anyForm.Add(new TypoQuery(PracticeAnalyzers.SuggestGramField, gram, TypoAutomata.For(gram, edits)), Occur.SHOULD);
            }

            query.Add(anyForm, Occur.MUST);
        }

        max = Math.Min(max, SearchRequest.MaxSuggestions);
        var top = searcher.Search(query, max * 10); // room for duplicates of equal titles
        var typed = text.Trim();
        var records = new HitRecord.Reader(searcher.IndexReader);
        return top.ScoreDocs
            .Select(hit => (records.Record(hit.Doc).Title, hit.Score))
            .Where(s => s.Title.Length > 0)
            .GroupBy(s => s.Title, StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.First().Title, Score: g.Max(s => s.Score)))
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.Title.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .ThenBy(s => s.Title.Length)
            .ThenBy(s => s.Title, StringComparer.Ordinal)
            .Take(max)
            .Select(s => s.Title)
            .ToList();
    }

    private static ConstantScoreQuery Constant(Query query, float boost) => new(query) { Boost = boost };
}
