using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImplementAll.Platform.IntegrationTests.Support;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

/// <summary>Makes organisations partners in a lead's project through the API, as their admins would.</summary>
public static class Partnerships
{
    public static string PartnersPath(OrgRef lead, Guid projectId) => Projects.PathOf(lead, projectId) + "/partners";

    public static string AnswerPath(OrgRef partner, Guid partnershipId, string answer) =>
        $"/api/v1/tenants/{partner.Id}/partnerships/{partnershipId}/{answer}";

    public static Task<HttpResponseMessage> TryInviteAsync(Api api, OrgRef lead, TestPerson leadPerson, Guid projectId, string slug, string message = "") =>
        api.As(leadPerson).PostAsJsonAsync(PartnersPath(lead, projectId), new { organisationSlug = slug, message }, Api.Json);

    /// <summary>Invites <paramref name="partner"/> and returns the partnership's id.</summary>
    public static async Task<Guid> InviteAsync(Api api, OrgRef lead, TestPerson leadPerson, Guid projectId, OrgRef partner)
    {
        var response = await TryInviteAsync(api, lead, leadPerson, projectId, partner.Slug, "Join us for the primary-care side.");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json)).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> AnswerAsync(Api api, OrgRef partner, TestPerson admin, Guid partnershipId, string answer) =>
        api.As(admin).PostAsync(AnswerPath(partner, partnershipId, answer), null);

    /// <summary>Invites and accepts: <paramref name="partner"/> ends up an active partner in the project.</summary>
    public static async Task<Guid> JoinAsync(Api api, OrgRef lead, TestPerson leadPerson, Guid projectId, OrgRef partner, TestPerson partnerAdmin)
    {
        var partnershipId = await InviteAsync(api, lead, leadPerson, projectId, partner);
        Assert.Equal(HttpStatusCode.NoContent, (await AnswerAsync(api, partner, partnerAdmin, partnershipId, "accept")).StatusCode);
        return partnershipId;
    }

    public static async Task RevokeAsync(Api api, OrgRef lead, TestPerson leadPerson, Guid projectId, Guid partnershipId) =>
        Assert.Equal(HttpStatusCode.NoContent,
            (await api.As(leadPerson).PostAsync($"{PartnersPath(lead, projectId)}/{partnershipId}/revoke", null)).StatusCode);
}
