using System.Net;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

[Collection(PlatformCollection.Name)]
public sealed class ProjectPageTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task A_published_practice_page_offers_to_start_a_project_that_links_the_practice()
    {
        var owner = TestPerson.New("Owner");
        var org = await api.RegisterAsync(owner);
        var practiceId = await Practices.RegisterAsync(api, org, owner, Practices.CompleteInput("Heart failure telemonitoring"));
        await Practices.PublishAsync(api, org, owner, practiceId, await Practices.CuratorAsync(api));
        var adopter = TestPerson.New("Adopter");
        var adopterOrg = await api.RegisterAsync(adopter);
        var browser = new PageBrowser(api.As(adopter));

        var detail = await browser.GetHtmlAsync($"/practices/{practiceId}");
        Assert.Contains($"/t/{adopterOrg.Slug}/projects/new?practiceId={practiceId}", detail);
        Assert.DoesNotContain("Start a tailoring project", await new PageBrowser(api.Anonymous()).GetHtmlAsync($"/practices/{practiceId}"));

        var url = $"/t/{adopterOrg.Slug}/projects/new?practiceId={practiceId}";
        var form = await browser.GetFormAsync(url);
        Assert.Contains("Heart failure telemonitoring", form.Html);
        var response = await browser.PostAsync(url, form, ("Input.Title", "Telemonitoring on our cardiology ward"), ("Input.PracticeId", practiceId.ToString()),
            ("Input.Setting", "Cardiology ward"), ("Input.TargetGroup", "Patients"), ("Input.StartsOn", "2026-12-01"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/identify", response.Headers.Location!.OriginalString);
        var project = await api.InTenantAsync(adopterOrg.Id, db => db.Projects.SingleAsync());
        Assert.Equal(practiceId, project.PracticeId);
        Assert.Equal("Heart failure telemonitoring", project.InterventionName);
    }

    [Fact]
    public async Task Starting_a_project_without_setting_or_intervention_shows_messages_beside_the_fields_and_saves_nothing()
    {
        var lead = TestPerson.New("Lead");
        var org = await api.RegisterAsync(lead);
        var browser = new PageBrowser(api.As(lead));
        var url = $"/t/{org.Slug}/projects/new";

        var withoutSetting = await browser.PostAsync(url, await browser.GetFormAsync(url), ("Input.Title", "Nameless"), ("Input.InterventionName", "App"),
            ("Input.TargetGroup", "Both"), ("Input.StartsOn", "2026-12-01"));
        Assert.Equal(HttpStatusCode.OK, withoutSetting.StatusCode);
        Assert.Equal("Say where the practice is being implemented.", PageBrowser.MessageBeside(await withoutSetting.Content.ReadAsStringAsync(), "Input.Setting"));

        // Rules across fields are checked once every field on its own is valid.
        var response = await browser.PostAsync(url, await browser.GetFormAsync(url), ("Input.Title", "Nameless"), ("Input.Setting", "Ward 3"),
            ("Input.TargetGroup", "Both"), ("Input.StartsOn", "2026-12-01"), ("Input.EndsOn", "2026-11-01"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Choose a practice from the repository or name the intervention.", PageBrowser.MessageBeside(html, "Input.InterventionName"));
        Assert.Equal("The end date cannot be before the start date.", PageBrowser.MessageBeside(html, "Input.EndsOn"));
        Assert.Equal(0, await api.InTenantAsync(org.Id, db => db.Projects.CountAsync()));
    }

    [Fact]
    public async Task A_module_cannot_be_marked_done_before_what_the_next_one_needs_exists()
    {
        var lead = TestPerson.New("Lead");
        var org = await api.RegisterAsync(lead);
        var projectId = await Projects.StartAsync(api, org, lead);
        var browser = new PageBrowser(api.As(lead));
        var url = $"/t/{org.Slug}/projects/{projectId}";

        var response = await browser.PostAsync($"{url}?handler=Complete&module=Identify", await browser.GetFormAsync(url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Set at least one implementation goal first.", await response.Content.ReadAsStringAsync());
        var api409 = await api.As(lead).PostAsync(Projects.PathOf(org, projectId) + "/steps/Identify/complete", null);
        Assert.Equal(HttpStatusCode.Conflict, api409.StatusCode);
        Assert.Equal(0, await api.InTenantAsync(org.Id, db => db.ProjectSteps.CountAsync(s => s.CompletedAt != null)));
    }
}
