using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Core.Pipeline;
using Azure.Search.Documents;
using Azure.Search.Documents.Indexes;
using ImplementAll.Platform.Infrastructure.Search.Azure;

namespace ImplementAll.Platform.SearchTests;

/// <summary>A request as it reached the wire.</summary>
public sealed record RecordedRequest(string Method, Uri Uri, string Body, string? ApiKey)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string Path => Uri.AbsolutePath;

    public string? Query(string name) => System.Web.HttpUtility.ParseQueryString(Uri.Query)[name];
}

/// <summary>
/// Azure AI Search on the wire: the SDK's real pipeline over an HttpClient whose handler records every request and
/// answers with JSON in the service's documented shape, chosen by the test per request.
/// </summary>
public sealed class AzureFake : HttpMessageHandler
{
    private readonly Func<RecordedRequest, (HttpStatusCode Status, string Json)> respond;

    public AzureFake(Func<RecordedRequest, (HttpStatusCode Status, string Json)> respond) => this.respond = respond;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public AzurePracticeSearchIndex Index(string name = "practices")
    {
        var options = new SearchClientOptions { Transport = new HttpClientTransport(new HttpClient(this)) };
        options.Retry.MaxRetries = 0;
        var client = new SearchIndexClient(new Uri("https://unit.search.windows.net"), new AzureKeyCredential("fake-key"), options);
        return new AzurePracticeSearchIndex(client, name);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method.Method, request.RequestUri!, body,
            request.Headers.TryGetValues("api-key", out var keys) ? keys.Single() : null);
        Requests.Enqueue(recorded);
        var (status, json) = respond(recorded);
        return new HttpResponseMessage(status)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
            RequestMessage = request,
        };
    }
}
