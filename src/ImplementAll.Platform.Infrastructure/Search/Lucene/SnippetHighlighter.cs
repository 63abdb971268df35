using Lucene.Net.Analysis;

namespace ImplementAll.Platform.Infrastructure.Search.Lucene;

/// <summary>
/// A small highlighter (Lucene.Net.Highlighter is not available here): re-analyzes the hit's summary with its
/// language's analyzer, marks the tokens the query matched by their character offsets, and falls back to a window of the
/// body around its first match, then to the plain summary.
/// </summary>
internal sealed class SnippetHighlighter(PracticeAnalyzers analyzers)
{
    /// <summary>Re-analyzing a long body for every hit would cost more than the search; a match beyond this is not shown.</summary>
    private const int MaxBodyCharacters = 20_000;

    public string Snippet(string languageKey, string summary, string body, IReadOnlyDictionary<string, HighlightTerms> highlights)
    {
        if (!highlights.TryGetValue(languageKey, out var terms))
        {
            return SnippetHtml.Build(summary, []);
        }

        var analyzer = analyzers.For(languageKey);
        var inSummary = Matches(analyzer, TextLanguages.SummaryField(languageKey), summary, terms);
        if (inSummary.Count > 0 || body.Length == 0)
        {
            return SnippetHtml.Build(summary, inSummary);
        }

        var text = body.Length > MaxBodyCharacters ? body[..MaxBodyCharacters] : body;
        var inBody = Matches(analyzer, TextLanguages.BodyField(languageKey), text, terms);
        return inBody.Count > 0 ? SnippetHtml.Build(text, inBody) : SnippetHtml.Build(summary, []);
    }

    private static List<(int Start, int End)> Matches(Analyzer analyzer, string field, string text, HighlightTerms terms) =>
        PracticeAnalyzers.Analyze(analyzer, field, text)
            .Where(t => terms.Matches(t.Term))
            .Select(t => (t.Start, t.End))
            .ToList();
}
