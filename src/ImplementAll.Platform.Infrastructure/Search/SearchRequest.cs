using System.Text;
using ImplementAll.Platform.Core.Search;

namespace ImplementAll.Platform.Infrastructure.Search;

/// <summary>
/// A <see cref="PracticeSearchQuery"/> made safe for both adapters: text truncated and cleaned, page and size clamped,
/// filters limited to known facets. Adapters only ever see this, so no caller value can make an engine throw.
/// </summary>
internal sealed record SearchRequest(
    string Text,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters,
    PracticeSort Sort,
    int Page,
    int PageSize)
{
    /// <summary>More values than this in one facet is not a human selection; the rest are ignored.</summary>
    public const int MaxValuesPerFacet = 50;

    /// <summary>Facet values are short codes or names; anything longer cannot match and is dropped.</summary>
    public const int MaxValueLength = 200;

    public const int DefaultPageSize = 20;

    /// <summary>Most suggestions either adapter returns, whatever the caller asks.</summary>
    public const int MaxSuggestions = 20;

    /// <summary>Private-use characters marking highlights in Azure AI Search answers; never allowed in indexed text.</summary>
    public const char HighlightStart = '\uE000';
    public const char HighlightEnd = '\uE001';

    /// <summary>Index of the first hit; a long because Page × PageSize overflows an int for absurd pages.</summary>
    public long Skip => (long)(Page - 1) * PageSize;

    public static SearchRequest From(PracticeSearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (key, values) in query.Filters ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            var facet = PracticeFacets.All.FirstOrDefault(f => string.Equals(f, key, StringComparison.OrdinalIgnoreCase));
            if (facet is null || values is null)
            {
                continue;
            }

            var kept = values
                .Where(v => !string.IsNullOrEmpty(v) && v.Length <= MaxValueLength)
                .Select(v => CleanText(v))
                .Distinct(StringComparer.Ordinal)
                .Take(MaxValuesPerFacet)
                .ToList();
            if (kept.Count > 0)
            {
                filters[facet] = kept;
            }
        }

        var pageSize = query.PageSize < 1 ? DefaultPageSize : Math.Min(query.PageSize, PracticeSearchQuery.MaxPageSize);
        return new SearchRequest(CleanText(query.Text, PracticeSearchQuery.MaxTextLength), filters, query.Sort, Math.Max(1, query.Page), pageSize);
    }

    /// <summary>
    /// Truncates and replaces control characters and unpaired surrogates by spaces: Lucene's automata (fuzzy, prefix)
    /// and JSON writers must never see half a code point. The two private-use characters Azure AI Search is asked to
    /// put around highlights (see AzureQuery) are removed too, so indexed text can never fake a highlight.
    /// </summary>
    public static string CleanText(string? text, int maxLength = int.MaxValue)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var length = Math.Min(text.Length, maxLength);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || char.IsControl(c) || c is '\uFFFE' or '\uFFFF' or HighlightStart or HighlightEnd)
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
