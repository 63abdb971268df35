using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.IntegrationTests;

/// <summary>
/// The practice pages through the real host, as a browser without script would use them: GET a form, post it back with
/// its antiforgery token, and read the messages beside the fields.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class PracticePageTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task Step_one_of_the_wizard_creates_a_draft_and_continues_with_step_two()
    {
        var (org, owner) = await OrganisationAsync();
        var browser = new PageBrowser(api.As(owner));

        var form = await browser.GetFormAsync($"/t/{org.Slug}/practices/new");
        var response = await browser.PostAsync($"/t/{org.Slug}/practices/new", form,
            ("Input.Type", "DigitalSolution"), ("Input.Title", "Home telemonitoring of heart failure"), ("Input.TextLanguage", "en"), ("go", "next"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var match = EditLocation().Match(location);
        Assert.True(match.Success, location);
        Assert.Equal("2", match.Groups["step"].Value);
        var practice = await PracticeAsync(Guid.Parse(match.Groups["id"].Value));
        Assert.Equal(PracticeStatus.Draft, practice.Status);
        Assert.Equal("Home telemonitoring of heart failure", practice.Title);
        Assert.Equal(org.Id, practice.TenantId);

        var stepTwo = await browser.GetHtmlAsync(location);
        Assert.Contains("Where and for whom", stepTwo);
        Assert.Contains("aria-current=\"step\"", stepTwo);
    }

    [Fact]
    public async Task An_invalid_title_is_explained_beside_the_field_and_nothing_is_saved()
    {
        var (org, owner) = await OrganisationAsync();
        var browser = new PageBrowser(api.As(owner));

        var form = await browser.GetFormAsync($"/t/{org.Slug}/practices/new");
        var response = await browser.PostAsync($"/t/{org.Slug}/practices/new", form,
            ("Input.Type", "Policy"), ("Input.Title", "ab"), ("Input.TextLanguage", "en"), ("go", "next"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("The title must be 3 to 200 characters.", PageBrowser.MessageBeside(html, "Input.Title"));
        Assert.Equal(0, await api.InDatabaseAsync(db => db.Practices.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).CountAsync(p => p.TenantId == org.Id)));
    }

    [Fact]
    public async Task An_evidence_row_without_a_citation_is_explained_beside_that_rows_field_and_empty_rows_are_ignored()
    {
        var (org, owner) = await OrganisationAsync();
        var id = await CreateAsync(org, owner, new { type = "DigitalSolution", title = "Evidence practice" });
        var browser = new PageBrowser(api.As(owner));
        var edit = $"/t/{org.Slug}/practices/{id}/edit";

        var form = await browser.GetFormAsync($"{edit}?step=4");
        Assert.Contains("name=\"Input.Evidence[1].Citation\"", form.Html);
        var response = await browser.PostAsync($"{edit}?step=4", form,
            ("step", "4"), ("go", "next"),
            ("Input.Evidence[0].Type", "CaseStudy"), ("Input.Evidence[0].Citation", ""), ("Input.Evidence[0].Year", "2021"),
            ("Input.Evidence[1].Type", ""), ("Input.Evidence[1].Citation", ""), ("Input.Evidence[1].Year", ""),
            ("Input.Deployments[0].CountryCode", ""), ("Input.Deployments[0].Place", ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Enter the citation.", PageBrowser.MessageBeside(html, "Input.Evidence[0].Citation"));
        Assert.Null(PageBrowser.MessageBeside(html, "Input.Evidence[1].Citation"));
        Assert.Empty((await PracticeAsync(id)).Evidence);

        var fixedForm = await browser.GetFormAsync($"{edit}?step=4");
        var saved = await browser.PostAsync($"{edit}?step=4", fixedForm,
            ("step", "4"), ("go", "save"),
            ("Input.Evidence[0].Type", "CaseStudy"), ("Input.Evidence[0].Citation", "Smith J. Telemonitoring at home. 2021."), ("Input.Evidence[0].Year", "2021"),
            ("Input.Evidence[1].Type", ""), ("Input.Evidence[1].Citation", ""), ("Input.Evidence[1].Year", ""));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.EndsWith($"{edit}?step=4", saved.Headers.Location!.OriginalString);
        var evidence = Assert.Single((await PracticeAsync(id)).Evidence);
        Assert.Equal(EvidenceType.CaseStudy, evidence.Type);
    }

    [Fact]
    public async Task A_value_that_cannot_be_read_is_explained_beside_its_field_and_the_row_is_kept_as_typed()
    {
        var (org, owner) = await OrganisationAsync();
        var id = await CreateAsync(org, owner, new { type = "DigitalSolution", title = "Unreadable year" });
        var browser = new PageBrowser(api.As(owner));
        var edit = $"/t/{org.Slug}/practices/{id}/edit";

        var response = await browser.PostAsync($"{edit}?step=4", await browser.GetFormAsync($"{edit}?step=4"),
            ("step", "4"), ("go", "next"), ("Input.Evidence[0].Type", "CaseStudy"), ("Input.Evidence[0].Citation", "Kept as typed"), ("Input.Evidence[0].Year", "twenty"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("The value 'twenty' is not valid for Year.", PageBrowser.MessageBeside(html, "Input.Evidence[0].Year"));
        Assert.Contains("Kept as typed", html);
        Assert.Empty((await PracticeAsync(id)).Evidence);
    }

    [Fact]
    public async Task Submitting_an_incomplete_practice_lists_what_is_missing_beside_the_parts_with_links_to_their_steps()
    {
        var (org, owner) = await OrganisationAsync();
        var id = await CreateAsync(org, owner, new { type = "Model", title = "Incomplete practice" });
        var browser = new PageBrowser(api.As(owner));
        var edit = $"/t/{org.Slug}/practices/{id}/edit";

        var form = await browser.GetFormAsync($"{edit}?step=6");
        Assert.Contains("Submit for review", form.Html);
        var response = await browser.PostAsync($"{edit}?handler=Submit", form, ("Note.Text", ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Write a summary of at least 20 characters.", html);
        Assert.Contains("Name at least one country of origin.", html);
        Assert.Contains("Justify the maturity level and the implementation stage.", html);
        Assert.Contains("Add at least one contact.", html);
        Assert.Contains($"href=\"{edit}?step=5\"", html);
        Assert.Contains($"href=\"{edit}?step=1\"", html);
        Assert.Equal(PracticeStatus.Draft, (await PracticeAsync(id)).Status);
    }

    [Fact]
    public async Task A_member_without_the_editor_role_cannot_open_the_wizard()
    {
        var (org, owner) = await OrganisationAsync();
        var id = await CreateAsync(org, owner, new { type = "Strategy", title = "Read-only practice" });
        var reader = TestPerson.New("Rita");
        await api.AddMemberAsync(org, owner, reader);
        var browser = new PageBrowser(api.As(reader));

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.Client.GetAsync($"/t/{org.Slug}/practices/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.Client.GetAsync($"/t/{org.Slug}/practices/{id}/edit?step=1")).StatusCode);

        var list = await browser.GetHtmlAsync($"/t/{org.Slug}/practices");
        Assert.Contains("Read-only practice", list);
        Assert.DoesNotContain("Register a practice", list);
        var page = await browser.GetHtmlAsync($"/t/{org.Slug}/practices/{id}");
        Assert.DoesNotContain("Submit for review", page);
    }

    [Fact]
    public async Task A_curator_sees_a_submitted_practice_in_the_queue_and_publishing_it_makes_it_public()
    {
        var (org, owner) = await OrganisationAsync();
        var id = await CreateAsync(org, owner, CompletePractice("Published through the queue"));
        Assert.Equal(HttpStatusCode.OK, (await api.As(owner).PostAsJsonAsync($"/api/v1/tenants/{org.Id}/practices/{id}/submit", new { }, Api.Json)).StatusCode);
        var curator = await CuratorAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await api.As(owner).GetAsync("/curation")).StatusCode);
        var queue = await curator.GetHtmlAsync("/curation");
        Assert.Contains("Published through the queue", queue);
        Assert.Contains($"href=\"/curation/{id}\"", queue);
        Assert.Contains("First publication", queue);

        var form = await curator.GetFormAsync($"/curation/{id}");
        Assert.Contains("Ann Example", form.Html);
        var response = await curator.PostAsync($"/curation/{id}?handler=Publish", form, ("Publish.Text", "Thank you, clear and complete."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/curation", response.Headers.Location!.OriginalString);
        var practice = await PracticeAsync(id);
        Assert.Equal(PracticeStatus.Published, practice.Status);
        Assert.Equal(1, practice.RevisionNumber);
        Assert.DoesNotContain($"href=\"/curation/{id}\"", await curator.GetHtmlAsync("/curation"));

        var ownerPage = await new PageBrowser(api.As(owner)).GetHtmlAsync($"/t/{org.Slug}/practices/{id}");
        Assert.Contains($"href=\"/practices/{id}\"", ownerPage);
        Assert.Contains("Thank you, clear and complete.", WebUtility.HtmlDecode(ownerPage));
    }

    [Fact]
    public async Task Requesting_changes_without_saying_what_is_explained_beside_the_note()
    {
        var (org, owner) = await OrganisationAsync();
        var id = await CreateAsync(org, owner, CompletePractice("Sent back without a word"));
        Assert.Equal(HttpStatusCode.OK, (await api.As(owner).PostAsJsonAsync($"/api/v1/tenants/{org.Id}/practices/{id}/submit", new { }, Api.Json)).StatusCode);
        var curator = await CuratorAsync();

        var form = await curator.GetFormAsync($"/curation/{id}");
        var response = await curator.PostAsync($"/curation/{id}?handler=RequestChanges", form, ("Changes.Text", "  "));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Say what should change.", PageBrowser.MessageBeside(await response.Content.ReadAsStringAsync(), "Changes.Text"));
        Assert.Equal(PracticeStatus.Submitted, (await PracticeAsync(id)).Status);

        var sent = await curator.PostAsync($"/curation/{id}?handler=RequestChanges", await curator.GetFormAsync($"/curation/{id}"),
            ("Changes.Text", "Add the evaluation report."));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(PracticeStatus.ChangesRequested, (await PracticeAsync(id)).Status);
    }

    private async Task<(OrgRef Org, TestPerson Owner)> OrganisationAsync()
    {
        var owner = TestPerson.New("Olivia");
        return (await api.RegisterAsync(owner), owner);
    }

    private async Task<PageBrowser> CuratorAsync()
    {
        var curator = TestPerson.New("Curt");
        await api.RegisterAsync(curator);
        await PlatformAdmins.PromoteAsync(api, curator, PlatformRoles.Curator);
        return new PageBrowser(api.As(curator));
    }

    private static object CompletePractice(string title) => new
    {
        type = "DigitalSolution",
        title,
        summary = "Patients measure their weight and blood pressure at home.",
        description = "Nurses watch the measurements every day and call when a patient's values change, before a hospital admission is needed.",
        textLanguage = "en",
        countriesOfOrigin = new[] { "NL" },
        trl = 8,
        trlJustification = "In routine use in three hospitals.",
        stage = "dha-stage-07",
        stageJustification = "Being scaled to the region.",
        contacts = new[] { new { name = "Ann Example", email = "ann@test.example" } },
    };

    private async Task<Guid> CreateAsync(OrgRef org, TestPerson owner, object practice)
    {
        var response = await api.As(owner).PostAsJsonAsync($"/api/v1/tenants/{org.Id}/practices", practice, Api.Json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json)).GetProperty("id").GetGuid();
    }

    private Task<Practice> PracticeAsync(Guid id) =>
        api.InDatabaseAsync(db => db.Practices.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AsNoTracking().SingleAsync(p => p.Id == id));

    [GeneratedRegex(@"/practices/(?<id>[0-9a-f-]{36})/edit\?step=(?<step>\d)$")]
    private static partial Regex EditLocation();
}
