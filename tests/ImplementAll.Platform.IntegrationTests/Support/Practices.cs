using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Web.Features.Practices;
using ImplementAll.Platform.Web.Platform.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace ImplementAll.Platform.IntegrationTests.Support;

/// <summary>Drives a practice through registration, review and indexing, as owners and curators would.</summary>
public static class Practices
{
    public static object CompleteInput(string title, string type = "DigitalSolution", string country = "NO", int trl = 7) => new
    {
        type, title, textLanguage = "en",
        summary = $"{title}: a remote monitoring service that lets people with COPD stay at home safely.",
        description = "Patients measure oxygen saturation and symptoms daily; nurses follow up alerts. **Reduced admissions** in two regions.",
        countriesOfOrigin = new[] { country }, countriesOfDeployment = new[] { country, "DK" }, languages = new[] { "en", "no" },
        targetGroups = new[] { "Patients", "Health professionals" }, careSettings = new[] { "Home care" }, healthDomains = new[] { "COPD" },
        whoCodes = new[] { "CDHIv2-1.4.1" }, interoperability = new[] { "HL7 FHIR" }, tags = new[] { "telemonitoring" },
        trl, trlJustification = "Proven in routine operation in two regions.", stage = "dha-stage-07", stageJustification = "Scaled beyond the pilot sites.",
        contacts = new[] { new { name = "Kari Nordmann", email = "kari@fjordland.example", role = "Service lead" } },
        evidence = new[] { new { type = "RandomisedControlledTrial", citation = "Nordmann K et al. Telemonitoring of COPD. 2021.", year = 2021, outcome = "Fewer admissions" } },
        deployments = new[] { new { countryCode = country, place = "Fjordland", since = 2019, users = 4200, sites = 12 } },
    };

    public static async Task<Guid> RegisterAsync(Api api, OrgRef org, TestPerson editor, object? input = null)
    {
        var response = await api.As(editor).PostAsJsonAsync($"/api/v1/tenants/{org.Id}/practices", input ?? CompleteInput("Home monitoring " + Guid.NewGuid().ToString("N")[..6]), Api.Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json)).GetProperty("id").GetGuid();
    }

    public static async Task<TestPerson> CuratorAsync(Api api)
    {
        var curator = TestPerson.New("Curator");
        await api.RegisterAsync(curator);
        await PlatformAdmins.PromoteAsync(api, curator, PlatformRoles.Curator);
        return curator;
    }

    /// <summary>Submits, publishes as a curator, and runs the indexer for the owner's tenant, as the background job would.</summary>
    public static async Task PublishAsync(Api api, OrgRef org, TestPerson editor, Guid practiceId, TestPerson curator)
    {
        Assert.Equal(HttpStatusCode.OK, (await api.As(editor).PostAsJsonAsync($"/api/v1/tenants/{org.Id}/practices/{practiceId}/submit", new { }, Api.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.As(curator).PostAsJsonAsync($"/api/v1/curation/practices/{practiceId}/publish", new { text = "Looks good." }, Api.Json)).StatusCode);
        await IndexAsync(api, org);
    }

    public static Task IndexAsync(Api api, OrgRef org) =>
        api.Factory.Services.GetRequiredService<TenantJobRunner<IndexPractices>>().RunAsync(org.Id, org.Id, CancellationToken.None);
}
