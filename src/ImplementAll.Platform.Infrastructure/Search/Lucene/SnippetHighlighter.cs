using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ImplementAll.Platform.Infrastructure.Search.Lucene;

/// <summary>
/// A small highlighter (Lucene.Net.Highlighter is not available here): re-analyzes the hit's summary with its
/// language's analyzer (stems) and with the plain analyzer (typos, prefixes), marks the matching tokens by their
/// character offsets (both analyzers share the tokenizer, so offsets agree), and falls back to a window of the body
/// around its first match, then to the plain summary. Tokens are checked in place, without a string per token.
/// </summary>
internal sealed class SnippetHighlighter(PracticeAnalyzers analyzers)
{
    private delegate bool TokenTest(ReadOnlySpan<char> token);

    /// <param name="body">Read only when the summary has no match (most hits never need it).</param>
    public string Snippet(string languageKey, string summary, Func<string> body, HighlightTerms terms)
    {
        if (terms.IsEmpty)
        {
            return SnippetHtml.Build(summary, []);
        }

        var inSummary = Matches(languageKey, TextLanguages.SummaryField(languageKey), summary, terms);
        if (inSummary.Count > 0)
        {
            return SnippetHtml.Build(summary, inSummary);
        }

        // The body kept for hits is already cut to its first HitRecord.MaxBodyCharacters: a later match is not shown.
        var text = body();
        var inBody = Matches(languageKey, TextLanguages.BodyField(languageKey), text, terms);
        return inBody.Count > 0 ? SnippetHtml.Build(text, inBody) : SnippetHtml.Build(summary, []);
    }

    private List<(int Start, int End)> Matches(string languageKey, string field, string text, HighlightTerms terms)
    {
        var ranges = new List<(int Start, int End)>();
        if (terms.HasStems(languageKey))
        {
            Collect(analyzers.For(languageKey), field, text, t => terms.MatchesStem(languageKey, t), ranges);
        }

        if (terms.HasWritten)
        {
            Collect(analyzers.Plain, PracticeAnalyzers.PlainTextField, text, terms.MatchesWritten, ranges);
        }

        return ranges;
    }

    private static void Collect(Analyzer analyzer, string field, string text, TokenTest matches, List<(int Start, int End)> ranges)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (matches(term.Buffer.AsSpan(0, term.Length)))
            {
                ranges.Add((offset.StartOffset, offset.EndOffset));
            }
        }

        stream.End();
    }
}
