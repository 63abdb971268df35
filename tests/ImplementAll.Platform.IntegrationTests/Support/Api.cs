using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Web;
using ImplementAll.Platform.Core.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImplementAll.Platform.IntegrationTests.Support;

public sealed record OrgRef(Guid Id, string Slug, string Name);

public sealed record MemberRow(Guid MembershipId, Guid UserId, string DisplayName, string Email, string Role);

/// <summary>Drives the platform through its public API, the way a client would.</summary>
public sealed class Api(PlatformFactory factory)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public PlatformFactory Factory => factory;

    public HttpClient Anonymous() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public HttpClient As(TestPerson person) => WithToken(TestTokens.For(person));

    public HttpClient WithToken(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<OrgRef> RegisterAsync(TestPerson owner, string? slug = null, string kind = "Hospital", string country = "NL")
    {
        slug ??= "org-" + Guid.NewGuid().ToString("N")[..12];
        var response = await As(owner).PostAsJsonAsync("/api/v1/tenants", new { name = $"Organisation {slug}", slug, kind, countryCode = country }, Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<OrgRef>(Json);
        return body!;
    }

    public async Task<HttpResponseMessage> InviteAsync(OrgRef org, TestPerson admin, string email, string role = "Member") =>
        await As(admin).PostAsJsonAsync($"/api/v1/tenants/{org.Id}/invitations", new { email, role }, Json);

    /// <summary>Reads the link a person was mailed, as they would from their inbox.</summary>
    public async Task<string> LatestInvitationTokenAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var body = await db.OutgoingMails.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(m => m.To == email.ToLowerInvariant()).OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Select(m => m.TextBody).FirstAsync();
        var link = body.Split('\n').Select(l => l.Trim()).First(l => l.Contains("/invitations/accept?token="));
        return HttpUtility.ParseQueryString(new Uri(link).Query)["token"]!;
    }

    public async Task<HttpResponseMessage> AcceptAsync(TestPerson person, string token) =>
        await As(person).PostAsJsonAsync("/api/v1/invitations/accept", new { token }, Json);

    /// <summary>Invites and accepts: the newcomer ends up a member with the given role.</summary>
    public async Task<MemberRow> AddMemberAsync(OrgRef org, TestPerson owner, TestPerson newcomer, string role = "Member")
    {
        Assert.Equal(HttpStatusCode.Created, (await InviteAsync(org, owner, newcomer.Email, role)).StatusCode);
        var accepted = await AcceptAsync(newcomer, await LatestInvitationTokenAsync(newcomer.Email));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        return (await MembersAsync(org, owner)).Single(m => m.Email == newcomer.Email.ToLowerInvariant() || m.Email == newcomer.Email);
    }

    public async Task<IReadOnlyList<MemberRow>> MembersAsync(OrgRef org, TestPerson member) =>
        (await As(member).GetFromJsonAsync<List<MemberRow>>($"/api/v1/tenants/{org.Id}/members", Json))!;

    public async Task<T> InDatabaseAsync<T>(Func<PlatformDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PlatformDbContext>());
    }

    /// <summary>Reads or writes one tenant's rows directly, as a background job for that tenant would.</summary>
    public async Task<T> InTenantAsync<T>(Guid tenantId, Func<PlatformDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        db.Tenant.Set(tenantId);
        return await work(db);
    }
}
