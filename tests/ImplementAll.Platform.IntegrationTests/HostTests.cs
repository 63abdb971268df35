using System.Net;
using System.Text.Json;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ImplementAll.Platform.IntegrationTests;

[Collection(PlatformCollection.Name)]
public sealed class HostTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task Liveness_and_readiness_answer_200_when_the_database_is_reachable()
    {
        var client = api.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_tenant_API()
    {
        var document = JsonDocument.Parse(await api.Anonymous().GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/tenants", paths);
        Assert.Contains("/api/v1/tenants/{tenantId}/members", paths);
        Assert.Contains("/api/v1/tenants/{tenantId}/invitations", paths);
        Assert.Contains("/api/v1/invitations/accept", paths);
        Assert.Equal("ImplementAll Platform API", document.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Every_API_endpoint_is_in_the_OpenAPI_document_with_an_operation_name()
    {
        var document = JsonDocument.Parse(await api.Anonymous().GetStringAsync("/openapi/v1.json")).RootElement;
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Key: $"{o.Name.ToUpperInvariant()} {p.Name}", Id: o.Value.TryGetProperty("operationId", out var id) ? id.GetString() : null)))
            .ToDictionary(o => o.Key, o => o.Id);
        var endpoints = factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/v1/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => $"{m} /" + System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!.Trim('/'), @"\{(\w+)(:[^}]*)?\}", "{$1}")))
            .ToList();

        Assert.True(endpoints.Count > 100, "Expected the whole API to be found.");
        var missing = endpoints.Where(e => !operations.ContainsKey(e)).ToList();
        Assert.True(missing.Count == 0, "Not in the OpenAPI document: " + string.Join(", ", missing));
        var unnamed = endpoints.Where(e => string.IsNullOrEmpty(operations[e])).ToList();
        Assert.True(unnamed.Count == 0, "Without an operation name: " + string.Join(", ", unnamed));
        Assert.Contains("POST /api/v1/tenants/{tenantId}/projects/{projectId}/cycles", endpoints);
    }

    [Fact]
    public async Task The_API_reference_is_browsable_and_served_by_the_app_itself()
    {
        var client = api.Anonymous();
        var response = await client.GetAsync("/api/reference/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var script = System.Text.RegularExpressions.Regex.Match(html, "<script[^>]+src=\"(?<src>[^\"]+)\"").Groups["src"].Value;
        Assert.False(script.StartsWith("http", StringComparison.Ordinal), $"The reference loads {script} from elsewhere.");
        var asset = await client.GetAsync(new Uri(new Uri("http://localhost/api/reference/"), script));
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
    }

    [Fact]
    public async Task An_unknown_API_route_gets_problem_details_not_a_page()
    {
        var response = await api.As(TestPerson.New("Nobody")).GetAsync("/api/v1/no-such-thing");
        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_page_gets_the_status_page()
    {
        var response = await api.Anonymous().GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("nl", "Inloggen")]
    [InlineData("es", "Iniciar sesión")]
    [InlineData("en", "Sign in")]
    public async Task The_shell_speaks_the_chosen_language(string culture, string signIn)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", $".AspNetCore.Culture=c%3D{culture}%7Cuic%3D{culture}");
        var html = await (await api.Anonymous().SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains($"lang=\"{culture}\"", html);
        Assert.Contains(signIn, WebUtility.HtmlDecode(html));
    }
}
