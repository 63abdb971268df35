using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using ImplementAll.Platform.IntegrationTests.Support;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ImplementAll.Platform.IntegrationTests;

/// <summary>
/// Walks every endpoint the application maps, so a new tenant-scoped endpoint is covered the moment it exists:
/// a member of another tenant gets 404, an anonymous caller 401 (API) or a sign-in redirect (pages).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class TenantIsolationTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    private IReadOnlyList<RouteEndpoint> Endpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    private static bool IsTenantScoped(RouteEndpoint e) => e.Metadata.GetMetadata<TenantScopedAttribute>() is not null;

    [Fact]
    public void Every_route_naming_a_tenant_is_tenant_scoped()
    {
        var unguarded = Endpoints()
            .Where(e => e.RoutePattern.Parameters.Any(p => p.Name is "tenantId" or "slug") && !IsTenantScoped(e))
            .Select(e => e.RoutePattern.RawText)
            .ToList();
        Assert.True(unguarded.Count == 0, "Routes that name a tenant but are not [TenantScoped]: " + string.Join(", ", unguarded));
        Assert.True(Endpoints().Count(IsTenantScoped) >= 10, "Expected the tenant API and pages to be found.");
    }

    [Fact]
    public async Task A_member_of_another_tenant_gets_404_everywhere_and_an_anonymous_caller_is_challenged()
    {
        var world = await TwoTenantsAsync(api);
        var stranger = api.As(world.OwnerB);
        var anonymous = api.Anonymous();
        var failures = new List<string>();

        foreach (var endpoint in Endpoints().Where(IsTenantScoped))
        {
            foreach (var method in Methods(endpoint))
            {
                var path = Fill(endpoint, world.A, world.ResourcesOfA);
                var asStranger = await stranger.SendAsync(Request(method, path));
                if (asStranger.StatusCode != HttpStatusCode.NotFound)
                {
                    failures.Add($"{method} {path} as a member of another tenant: {(int)asStranger.StatusCode}");
                }

                var asAnonymous = await anonymous.SendAsync(Request(method, path));
                var challenged = path.StartsWith("/api/", StringComparison.Ordinal)
                    ? asAnonymous.StatusCode == HttpStatusCode.Unauthorized
                    : asAnonymous.StatusCode == HttpStatusCode.Redirect && asAnonymous.Headers.Location!.OriginalString.Contains("/signin");
                if (!challenged)
                {
                    failures.Add($"{method} {path} anonymously: {(int)asAnonymous.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Another_tenants_resource_ids_are_not_found_through_ones_own_tenant()
    {
        var world = await TwoTenantsAsync(api);
        var ownerOfB = api.As(world.OwnerB);
        var failures = new List<string>();

        foreach (var endpoint in Endpoints().Where(e => IsTenantScoped(e) && e.RoutePattern.Parameters.Count > 1))
        {
            foreach (var method in Methods(endpoint))
            {
                // B's own tenant in the route, A's resource ids after it: only the query filter stands in the way.
                var path = Fill(endpoint, world.B, world.ResourcesOfA);
                var response = await ownerOfB.SendAsync(Request(method, path, ValidLookingBody(path)));
                if (response.StatusCode != HttpStatusCode.NotFound)
                {
                    failures.Add($"{method} {path}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>Tenant A with a real resource for every route parameter name, and tenant B with its owner; shared by WorkspaceIsolationTests.</summary>
    internal static async Task<World> TwoTenantsAsync(Api api)
    {
        var ownerA = TestPerson.New("Alice");
        var a = await api.RegisterAsync(ownerA);
        var memberA = await api.AddMemberAsync(a, ownerA, TestPerson.New("Albert"));
        var invitation = await (await api.InviteAsync(a, ownerA, $"pending.{Guid.NewGuid():N}@test.example")).Content
            .ReadFromJsonAsync<System.Text.Json.JsonElement>(Api.Json);
        var practice = await Practices.RegisterAsync(api, a, ownerA);
        var attachment = await AttachmentSamples.AddAsync(api, a, ownerA, practice);
        var project = await Projects.StartAsync(api, a, ownerA);
        var teamMember = await Projects.AddToTeamAsync(api, a, ownerA, project, memberA.UserId);
        var matchBarrier = await Tailoring.MatchSamples.BarrierAsync(api, a, project, "Staff doubt the evidence", 1, theme: "itfits-b1");
        var matchStrategy = await Tailoring.MatchSamples.AddEricAsync(api, a, ownerA, project, matchBarrier, "eric-05");
        var planAction = await Tailoring.DesignSamples.AddActionAsync(api, a, ownerA, project);
        var indicator = await Tailoring.DesignSamples.AddIndicatorAsync(api, a, ownerA, project);
        var measurement = await Tailoring.ApplySamples.MeasurementAsync(api, a, project, indicator);
        var partnership = await Tailoring.Partnerships.InviteAsync(api, a, ownerA, project, await api.RegisterAsync(TestPerson.New("Petra")));
        var ownerB = TestPerson.New("Bob");
        var b = await api.RegisterAsync(ownerB);
        var resources = new Dictionary<string, string>
        {
            ["membershipId"] = memberA.MembershipId.ToString(),
            ["invitationId"] = invitation.GetProperty("id").GetGuid().ToString(),
            ["practiceId"] = practice.ToString(),
            ["attachmentId"] = attachment.ToString(),
            ["projectId"] = project.ToString(),
            ["projectMemberId"] = teamMember.ToString(),
            ["partnershipId"] = partnership.ToString(),
            ["module"] = "Identify",
            ["barrierId"] = matchBarrier.ToString(),
            ["strategyId"] = matchStrategy.ToString(),
            ["actionId"] = planAction.ToString(),
            ["indicatorId"] = indicator.ToString(),
            ["measurementId"] = measurement.ToString(),
            ["cycleNumber"] = "1",
        };
        foreach (var (name, id) in await Surveys.IdentifyResourcesAsync(api, a, ownerA, project, memberA.UserId))
        {
            resources[name] = id;
        }

        return new World(a, b, ownerB, resources) { OwnerA = ownerA };
    }

    internal static IEnumerable<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];

    internal static string Fill(RouteEndpoint endpoint, OrgRef tenant, IReadOnlyDictionary<string, string> resources)
    {
        var path = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
        return Parameter().Replace(path, match => match.Groups["name"].Value switch
        {
            "tenantId" => tenant.Id.ToString(),
            "slug" => tenant.Slug,
            var name when resources.TryGetValue(name, out var value) => value,
            var name => throw new InvalidOperationException(
                $"{endpoint.RoutePattern.RawText}: add a tenant-A resource for route parameter '{name}' to this test."),
        });
    }

    // A body that binds, so that only the lookup of the other tenant's id can refuse the request: project roles and
    // organisation roles are different enums.
    internal static string ValidLookingBody(string path) => path.Contains("/projects/", StringComparison.Ordinal)
        ? "{\"role\":\"TeamMember\"}"
        : "{\"role\":\"Member\"}";

    internal static HttpRequestMessage Request(string method, string path, string body = "{}") => new(new HttpMethod(method), path)
    {
        Content = method is "GET" or "DELETE" ? null : new StringContent(body, Encoding.UTF8, "application/json"),
    };

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[^}]*)?\}")]
    private static partial Regex Parameter();

    internal sealed record World(OrgRef A, OrgRef B, TestPerson OwnerB, IReadOnlyDictionary<string, string> ResourcesOfA)
    {
        public TestPerson OwnerA { get; init; } = null!;
    }
}
