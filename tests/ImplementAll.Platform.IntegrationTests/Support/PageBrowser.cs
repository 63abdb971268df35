using System.Net;
using System.Text.RegularExpressions;

namespace ImplementAll.Platform.IntegrationTests.Support;

public sealed record PageForm(string Html, string Token);

/// <summary>
/// Posts forms the way a browser does: the antiforgery token from the page's hidden field, and the antiforgery cookie
/// (kept by the test client's cookie container) sent back with it.
/// </summary>
public sealed partial class PageBrowser(HttpClient client)
{
    public HttpClient Client => client;

    public async Task<string> GetHtmlAsync(string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {html}");
        return html;
    }

    public async Task<PageForm> GetFormAsync(string url)
    {
        var html = await GetHtmlAsync(url);
        var token = AntiforgeryField().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {url}");
        return new PageForm(html, WebUtility.HtmlDecode(token.Groups["token"].Value));
    }

    public Task<HttpResponseMessage> PostAsync(string url, PageForm form, params (string Name, string Value)[] fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(
            fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", form.Token))));

    /// <summary>The message the validation tag helper put beside a field, or null when there is none.</summary>
    public static string? MessageBeside(string html, string field)
    {
        var match = Regex.Match(html, $"<span class=\"field-error[^\"]*\" data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>(?<message>[^<]*)</span>");
        return match.Success && match.Groups["message"].Value.Length > 0 ? WebUtility.HtmlDecode(match.Groups["message"].Value) : null;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
