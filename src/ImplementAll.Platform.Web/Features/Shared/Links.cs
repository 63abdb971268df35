using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.Extensions.Options;

namespace ImplementAll.Platform.Web.Features.Shared;

/// <summary>Absolute links for mail: the configured public address, or else the address the current request came to.</summary>
public sealed class Links(IOptions<PlatformOptions> options, IHttpContextAccessor http)
{
    public string Absolute(string pathAndQuery)
    {
        var configured = options.Value.PublicBaseUrl;
        var request = http.HttpContext?.Request;
        var root = !string.IsNullOrWhiteSpace(configured)
            ? configured.TrimEnd('/')
            : request is null ? "http://127.0.0.1:5080" : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return root + pathAndQuery;
    }
}
