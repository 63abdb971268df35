using System.Net;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

/// <summary>
/// The third isolation check of decision record 0007, over every route that names a project (API and pages, so a new
/// workspace endpoint is covered the moment it exists): only an active partner's members reach the lead's project,
/// under their own organisation's routes; a non-partner, an invited-but-not-accepted and a revoked partner get 404.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class WorkspaceIsolationTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    private List<RouteEndpoint> WorkspaceEndpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Any(p => p.Name == "projectId")).ToList();

    [Fact]
    public void Workspace_routes_of_the_api_and_the_pages_are_found()
    {
        var routes = WorkspaceEndpoints().Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).ToList();
        Assert.Contains(routes, r => r.StartsWith("/t/", StringComparison.Ordinal) && r.EndsWith("/team", StringComparison.Ordinal));
        Assert.Contains(routes, r => r.Contains("/partners", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_non_partner_an_invited_partner_and_a_revoked_partner_get_404_on_every_workspace_route()
    {
        var world = await TenantIsolationTests.TwoTenantsAsync(api);
        var projectId = Guid.Parse(world.ResourcesOfA["projectId"]);
        var invitedAdmin = TestPerson.New("Ines");
        var invited = await api.RegisterAsync(invitedAdmin);
        await Partnerships.InviteAsync(api, world.A, world.OwnerA, projectId, invited);
        var revokedAdmin = TestPerson.New("Rolf");
        var revoked = await api.RegisterAsync(revokedAdmin);
        var revokedId = await Partnerships.JoinAsync(api, world.A, world.OwnerA, projectId, revoked, revokedAdmin);
        await Partnerships.RevokeAsync(api, world.A, world.OwnerA, projectId, revokedId);
        var outsiders = new[] { ("a non-partner", world.B, world.OwnerB), ("an invited partner", invited, invitedAdmin), ("a revoked partner", revoked, revokedAdmin) };
        var failures = new List<string>();

        foreach (var endpoint in WorkspaceEndpoints())
        {
            foreach (var method in TenantIsolationTests.Methods(endpoint))
            {
                foreach (var (who, org, person) in outsiders)
                {
                    // Their own organisation in the route, the lead's ids after it: only a workspace admission could let them in.
                    var path = TenantIsolationTests.Fill(endpoint, org, world.ResourcesOfA);
                    var response = await api.As(person).SendAsync(TenantIsolationTests.Request(method, path, TenantIsolationTests.ValidLookingBody(path)));
                    if (response.StatusCode != HttpStatusCode.NotFound)
                    {
                        failures.Add($"{method} {path} as {who}: {(int)response.StatusCode}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task An_active_partner_reaches_every_workspace_page_and_read_endpoint_under_its_own_routes()
    {
        var world = await TenantIsolationTests.TwoTenantsAsync(api);
        var projectId = Guid.Parse(world.ResourcesOfA["projectId"]);
        var partnerAdmin = TestPerson.New("Ada");
        var partner = await api.RegisterAsync(partnerAdmin);
        await Partnerships.JoinAsync(api, world.A, world.OwnerA, projectId, partner, partnerAdmin);
        var client = api.As(partnerAdmin);
        var failures = new List<string>();
        var reads = WorkspaceEndpoints().Where(e => TenantIsolationTests.Methods(e).Contains("GET")).ToList();

        foreach (var endpoint in reads)
        {
            var path = TenantIsolationTests.Fill(endpoint, partner, world.ResourcesOfA);
            var response = await client.GetAsync(path);
            // An observer may be refused (403) where a read needs a team role; it must never be told the project is not there.
            if (response.StatusCode == HttpStatusCode.NotFound || (int)response.StatusCode >= 500)
            {
                failures.Add($"GET {path} as an active partner: {(int)response.StatusCode}");
            }
        }

        Assert.True(reads.Count >= 3, "Expected the project's read endpoints and pages to be found.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
