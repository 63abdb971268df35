using System.Net;
using Markdig;
using Markdig.Syntax;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace ImplementAll.Platform.Web.Features.Shared;

/// <summary>
/// Renders owners' Markdown for readers. Raw HTML is not rendered at all (so no script or event handler can pass), and
/// links or images whose address is not http(s) or mailto lose their address, so a javascript: link cannot be clicked.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .Build();

    public static string ToHtml(string? markdown)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "";
            }

            link.GetAttributes().AddPropertyIfNotExist("rel", "nofollow noopener");
        }

        foreach (var link in document.Descendants<AutolinkInline>().Where(a => !IsSafe(a.Url)).ToList())
        {
            link.ReplaceBy(new LiteralInline(link.Url));
        }

        return document.ToHtml(Pipeline);
    }

    /// <summary>Plain text for summaries and indexing.</summary>
    public static string ToText(string? markdown) => WebUtility.HtmlDecode(Markdown.ToPlainText(markdown ?? "", Pipeline)).Trim();

    private static bool IsSafe(string? url) =>
        string.IsNullOrEmpty(url) || url.StartsWith('#') || url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto");
}
