namespace ImplementAll.Platform.Infrastructure.Search;

/// <summary>One thing the user asked for: a word (possibly a prefix) or a quoted phrase.</summary>
internal abstract record TextClause(string Text);

/// <param name="Prefix">Typed with a trailing <c>*</c>, or the last word of the text (search-as-you-type).</param>
internal sealed record WordClause(string Text, bool Prefix) : TextClause(Text);

internal sealed record PhraseClause(string Text) : TextClause(Text);

/// <summary>
/// The user's text split into words and phrases by our own rules, so no engine query syntax is ever parsed from it:
/// <c>"..."</c> is a phrase when the quotes pair up (an unpaired quote is dropped and its text read as words),
/// a trailing <c>*</c> marks a prefix, every other character is literal and left to the analyzers.
/// No clause at all (empty text, a lone <c>*</c>, only punctuation) means: match everything.
/// </summary>
internal static class SearchText
{
    /// <summary>Beyond this many clauses a query is not a human search; the rest are ignored to bound the query size.</summary>
    public const int MaxClauses = 16;

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E';

    public static IReadOnlyList<TextClause> Parse(string text)
    {
        var clauses = new List<TextClause>();
        var quotes = 0;
        var lastQuote = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsQuote(text[i]))
            {
                quotes++;
                lastQuote = i;
            }
        }

        // With an odd count, the last quote has no partner: it becomes a space, so its words are plain words.
        var source = quotes % 2 == 1 ? string.Concat(text.AsSpan(0, lastQuote), " ", text.AsSpan(lastQuote + 1)) : text;
        var inPhrase = false;
        var start = 0;
        for (var i = 0; i <= source.Length; i++)
        {
            if (i < source.Length && !IsQuote(source[i]))
            {
                continue;
            }

            var segment = source[start..i];
            if (!inPhrase)
            {
                AddWords(segment, clauses);
            }
            else if (HasWordCharacter(segment))
            {
                clauses.Add(new PhraseClause(segment.Trim()));
            }

            inPhrase = !inPhrase;
            start = i + 1;
        }

        // The last word of a search-as-you-type box is usually unfinished: also match it as a prefix,
        // unless the user has moved on (typed a space) or closed a phrase.
        if (clauses.Count > 0 && clauses[^1] is WordClause last && !last.Prefix
            && text.Length > 0 && !char.IsWhiteSpace(text[^1]) && !IsQuote(text[^1]) && last.Text.Length >= 2)
        {
            clauses[^1] = last with { Prefix = true };
        }

        return clauses.Count > MaxClauses ? clauses.GetRange(0, MaxClauses) : clauses;
    }

    private static void AddWords(string segment, List<TextClause> clauses)
    {
        foreach (var raw in segment.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var prefix = raw.EndsWith('*');
            var word = raw.TrimEnd('*');
            if (HasWordCharacter(word))
            {
                clauses.Add(new WordClause(word, prefix));
            }
        }
    }

    /// <summary>A word of only punctuation (<c>-</c>, <c>:</c>, <c>*</c>) would analyze to nothing; dropping it early keeps both engines' queries simple.</summary>
    public static bool HasWordCharacter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Edits a typo may cost: none below 4 characters (too many false friends), 1 from 4, 2 from 8.</summary>
    public static int FuzzyEdits(int length) => length >= 8 ? 2 : length >= 4 ? 1 : 0;
}
