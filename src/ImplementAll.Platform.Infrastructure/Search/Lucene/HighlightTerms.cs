namespace ImplementAll.Platform.Infrastructure.Search.Lucene;

/// <summary>What a query matches, for marking the same words in a snippet: stems per language, and written words (typos, prefixes).</summary>
internal sealed class HighlightTerms
{
    private readonly Dictionary<string, HashSet<string>> exact = new(StringComparer.Ordinal);

    public HashSet<string> Prefixes { get; } = new(StringComparer.Ordinal);

    public List<(string Term, int Edits)> Fuzzy { get; } = [];

    public bool IsEmpty => exact.Count == 0 && Prefixes.Count == 0 && Fuzzy.Count == 0;

    public bool HasWritten => Prefixes.Count > 0 || Fuzzy.Count > 0;

    public HashSet<string> ExactFor(string language)
    {
        if (!exact.TryGetValue(language, out var terms))
        {
            terms = new HashSet<string>(StringComparer.Ordinal);
            exact[language] = terms;
        }

        return terms;
    }

    public bool HasStems(string language) => exact.TryGetValue(language, out var terms) && terms.Count > 0;

    /// <summary>Looks a token up without making a string of it: the highlighter checks every token of every shown summary.</summary>
    public bool MatchesStem(string language, ReadOnlySpan<char> token) =>
        exact.TryGetValue(language, out var terms) && terms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token);

    public bool MatchesWritten(ReadOnlySpan<char> token)
    {
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
