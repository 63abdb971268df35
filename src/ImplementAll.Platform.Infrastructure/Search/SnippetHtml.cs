using System.Net;
using System.Text;

namespace ImplementAll.Platform.Infrastructure.Search;

/// <summary>
/// Turns plain text plus match ranges into the contract's snippet: every character HTML-encoded, matches wrapped in
/// &lt;mark&gt;. The only markup in a snippet is ours, so a practice's text can never inject HTML into the results page.
/// </summary>
internal static class SnippetHtml
{
    public const int MaxLength = 280;

    /// <summary>Characters kept before the first match when the text must be cut, so the match has some context.</summary>
    private const int LeadIn = 60;

    public static string Build(string text, IReadOnlyList<(int Start, int End)> matches, int maxLength = MaxLength)
    {
        var ordered = Merge(matches, text.Length);
        var (from, to) = Window(text, ordered, maxLength);
        var html = new StringBuilder(to - from + 32);
        if (from > 0)
        {
            html.Append('…');
        }

        var position = from;
        foreach (var (start, end) in ordered)
        {
            if (end <= from || start >= to)
            {
                continue;
            }

            var s = Math.Max(start, from);
            var e = Math.Min(end, to);
            html.Append(WebUtility.HtmlEncode(text[position..s]));
            html.Append("<mark>").Append(WebUtility.HtmlEncode(text[s..e])).Append("</mark>");
            position = e;
        }

        html.Append(WebUtility.HtmlEncode(text[position..to]));
        if (to < text.Length)
        {
            html.Append('…');
        }

        return html.ToString();
    }

    private static List<(int Start, int End)> Merge(IReadOnlyList<(int Start, int End)> matches, int length)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var (start, end) in matches.Where(m => m.Start >= 0 && m.End > m.Start && m.End <= length).OrderBy(m => m.Start))
        {
            if (merged.Count > 0 && start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(end, merged[^1].End));
            }
            else
            {
                merged.Add((start, end));
            }
        }

        return merged;
    }

    /// <summary>The whole text when short, else a window starting a little before the first match, cut at spaces.</summary>
    private static (int From, int To) Window(string text, List<(int Start, int End)> matches, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return (0, text.Length);
        }

        var from = 0;
        if (matches.Count > 0 && matches[0].Start > LeadIn)
        {
            from = matches[0].Start - LeadIn;
            var space = text.IndexOf(' ', from, matches[0].Start - from);
            from = space >= 0 ? space + 1 : from;
        }

        var to = Math.Min(text.Length, from + maxLength);
        if (to < text.Length)
        {
            var space = text.LastIndexOf(' ', to - 1, to - from);
            to = space > from + maxLength / 2 ? space : to;
        }

        // Never split a surrogate pair at either edge.
        if (from > 0 && char.IsLowSurrogate(text[from]))
        {
            from++;
        }

        if (to < text.Length && to > from && char.IsLowSurrogate(text[to]))
        {
            to--;
        }

        return (from, to);
    }
}
