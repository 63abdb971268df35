using System.Net;
using Microsoft.AspNetCore.Html;

namespace ImplementAll.Platform.Web.Features.Shared;

public static class Snippets
{
    /// <summary>
    /// Search snippets arrive HTML-encoded with &lt;mark&gt; around matches. They are decoded and re-encoded here, keeping
    /// only the mark tags, so the page never trusts an adapter's output as HTML.
    /// </summary>
    public static HtmlString Highlighted(string snippet)
    {
        var text = WebUtility.HtmlDecode(snippet);
        var encoded = WebUtility.HtmlEncode(text).Replace("&lt;mark&gt;", "<mark>", StringComparison.Ordinal).Replace("&lt;/mark&gt;", "</mark>", StringComparison.Ordinal);
        return new HtmlString(encoded);
    }
}
