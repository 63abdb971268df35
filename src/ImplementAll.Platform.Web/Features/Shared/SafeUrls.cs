namespace ImplementAll.Platform.Web.Features.Shared;

public static class SafeUrls
{
    /// <summary>Only absolute http(s) addresses: a javascript: or data: link in user content would run in readers' browsers.</summary>
    public static bool IsWebAddress(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
