using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ImplementAll.Platform.IntegrationTests.Support;

/// <summary>Starts tailoring projects and reaches into them through the API, as a project team would.</summary>
public static class Projects
{
    public static object Input(string title = "COPD telemonitoring on ward 4", string startsOn = "2026-12-01") => new
    {
        title, interventionName = "Home telemonitoring for COPD", interventionDescription = "Daily saturation and symptom reports, nurse follow-up.",
        setting = "Pulmonology ward 4, Fjordland hospital", context = "Two nurses, one consultant; patients from three municipalities.",
        targetGroup = "Both", startsOn,
    };

    public static string PathOf(OrgRef org, Guid projectId) => $"/api/v1/tenants/{org.Id}/projects/{projectId}";

    public static async Task<Guid> StartAsync(Api api, OrgRef org, TestPerson lead, object? input = null)
    {
        var response = await api.As(lead).PostAsJsonAsync($"/api/v1/tenants/{org.Id}/projects", input ?? Input(), Api.Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json)).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> GetAsync(Api api, OrgRef org, TestPerson person, Guid projectId, string subPath = "")
    {
        var response = await api.As(person).GetAsync(PathOf(org, projectId) + subPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json);
    }

    /// <summary>Adds a person to the team; they must already be a member of the lead or a partner organisation.</summary>
    public static async Task<Guid> AddToTeamAsync(Api api, OrgRef org, TestPerson lead, Guid projectId, Guid userId, string role = "TeamMember")
    {
        var response = await api.As(lead).PostAsJsonAsync(PathOf(org, projectId) + "/team", new { userId, role }, Api.Json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<Guid>(Api.Json);
    }
}
