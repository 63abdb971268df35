using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.IntegrationTests.Support;

namespace ImplementAll.Platform.IntegrationTests.Tailoring;

/// <summary>The plan as the team sees it: the design page with its timeline, the printable plan and the DOCX.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class DesignPlanTests(PlatformFactory factory)
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly Api api = new(factory);

    [Fact]
    public async Task The_design_page_draws_one_timeline_bar_per_action_with_a_table_beside_it_and_flags_the_overdue_one()
    {
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var (org, lead, project, leadId) = await ProjectAsync(today.AddDays(-60));
        await DesignSamples.AddActionAsync(api, org, lead, project, DesignSamples.Action(leadId, "Late action", Iso(today.AddDays(-30)), Iso(today.AddDays(-2))));
        await DesignSamples.AddActionAsync(api, org, lead, project, DesignSamples.Action(leadId, "Current action", Iso(today.AddDays(-5)), Iso(today.AddDays(20))));
        await DesignSamples.AddActionAsync(api, org, lead, project, DesignSamples.Action(leadId, "Next action", Iso(today.AddDays(10)), Iso(today.AddDays(40))));

        var html = await PageAsync(lead, $"/t/{org.Slug}/projects/{project}/design");

        var svg = Regex.Match(html, "<svg class=\"timeline-chart\"[^>]*role=\"img\"[^>]*>.*?</svg>", RegexOptions.Singleline).Value;
        Assert.NotEmpty(svg);
        Assert.Equal(3, TimelineBar().Matches(svg).Count);
        Assert.Single(Regex.Matches(svg, "timeline-bar[^\"]*timeline-overdue"));
        Assert.Contains("class=\"timeline-today\"", svg);
        var table = Regex.Match(html, "<table class=\"table timeline-table\">.*?</table>", RegexOptions.Singleline).Value;
        Assert.All(["Late action", "Current action", "Next action"], what => Assert.Contains(what, table));
        Assert.Contains("overdue", table);
    }

    [Fact]
    public async Task The_printable_plan_has_goals_barriers_strategies_every_action_with_its_owner_and_the_indicators()
    {
        var (org, lead, project, leadId) = await ProjectAsync(new DateOnly(2026, 12, 1));
        var nurse = TestPerson.New("Nora Nightshift");
        var nurseId = (await api.AddMemberAsync(org, lead, nurse)).UserId;
        await Projects.AddToTeamAsync(api, org, lead, project, nurseId);
        var strategy = await DesignSamples.StrategyAsync(factory, org, project, "Audit and provide feedback", selected: true,
            barrier: "Alerts are ignored at night", rationale: "Monthly feedback on missed alerts.");
        await DesignSamples.InTenantAsync(factory, org, db =>
        {
            db.Goals.Add(new ImplementationGoal { ProjectId = project, Cycle = 1, Text = "Every COPD patient monitored at home", MeasurableTarget = "80% enrolled", OwnerUserId = leadId });
            return Task.CompletedTask;
        });
        await DesignSamples.AddActionAsync(api, org, lead, project, DesignSamples.Action(leadId, "Send the monthly alert report", strategyId: strategy));
        await DesignSamples.AddActionAsync(api, org, lead, project, DesignSamples.Action(nurseId, "Brief the night shift"));
        await DesignSamples.AddIndicatorAsync(api, org, lead, project, DesignSamples.Indicator(nurseId, name: "Alerts answered within an hour"));

        var html = WebUtility.HtmlDecode(await PageAsync(lead, $"/t/{org.Slug}/projects/{project}/plan/print"));

        Assert.Contains("@media print", await api.Anonymous().GetStringAsync("/css/site.css"));
        Assert.DoesNotContain("class=\"top\"", html);
        foreach (var text in new[]
                 {
                     "Every COPD patient monitored at home", "80% enrolled", "Alerts are ignored at night", "Audit and provide feedback",
                     "Monthly feedback on missed alerts.", "Alerts answered within an hour", "Adoption", "/reference/proctor-outcomes",
                 })
        {
            Assert.Contains(text, html);
        }

        Assert.Matches(Row("Send the monthly alert report", lead.Name), html);
        Assert.Matches(Row("Brief the night shift", nurse.Name), html);
        Assert.Contains($"/api/v1/tenants/{org.Id}/projects/{project}/plan.docx", html);
    }

    [Fact]
    public async Task The_plan_as_DOCX_is_a_WordprocessingML_package_whose_document_has_the_actions_and_their_owners()
    {
        var (org, lead, project, leadId) = await ProjectAsync(new DateOnly(2026, 12, 1));
        var nurse = TestPerson.New("Nils Nurse");
        var nurseId = (await api.AddMemberAsync(org, lead, nurse)).UserId;
        await Projects.AddToTeamAsync(api, org, lead, project, nurseId);
        await DesignSamples.AddActionAsync(api, org, lead, project, DesignSamples.Action(leadId, "Order twenty tablets & chargers"));
        await DesignSamples.AddActionAsync(api, org, lead, project, DesignSamples.Action(nurseId, "Enrol the first <ten> patients"));

        var response = await api.As(lead).GetAsync(Projects.PathOf(org, project) + "/plan.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var parts = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Superset(new HashSet<string> { "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels" }, parts);

        var types = Part(zip, "[Content_Types].xml").Root!.Elements().ToList();
        Assert.Contains(types, t => (string?)t.Attribute("PartName") == "/word/document.xml"
            && (string?)t.Attribute("ContentType") == "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        Assert.Contains(Part(zip, "_rels/.rels").Root!.Elements(), r => ((string)r.Attribute("Type")!).EndsWith("/officeDocument") && (string?)r.Attribute("Target") == "word/document.xml");
        var styles = Part(zip, "word/styles.xml").Root!.Elements(W + "style").Select(s => (string)s.Attribute(W + "styleId")!).ToList();
        var document = Part(zip, "word/document.xml");
        var usedStyles = document.Descendants(W + "pStyle").Concat(document.Descendants(W + "tblStyle")).Select(s => (string)s.Attribute(W + "val")!).Distinct().ToList();
        Assert.Contains("Heading1", usedStyles);
        Assert.Contains("PlanTable", usedStyles);
        Assert.All(usedStyles, style => Assert.Contains(style, styles));

        var rows = document.Descendants(W + "tr").Select(tr => tr.Elements(W + "tc").Select(tc => string.Concat(tc.Descendants(W + "t").Select(t => t.Value))).ToList()).ToList();
        Assert.Contains(rows, cells => cells[0] == "Order twenty tablets & chargers" && cells[1] == lead.Name);
        Assert.Contains(rows, cells => cells[0] == "Enrol the first <ten> patients" && cells[1] == nurse.Name);
    }

    [Fact]
    public async Task The_action_form_shows_the_missing_owner_beside_its_field_and_observers_get_no_forms()
    {
        var (org, lead, project, _) = await ProjectAsync(new DateOnly(2026, 12, 1));
        var observer = TestPerson.New("Orla Onlooker");
        await api.AddMemberAsync(org, lead, observer);
        var page = $"/t/{org.Slug}/projects/{project}/design";
        var client = api.As(lead);
        var token = AntiforgeryField().Match(await PageAsync(lead, page, client)).Groups["token"].Value;

        var response = await client.PostAsync(page + "?handler=SaveAction", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.What"] = "Print the leaflets", ["Input.OwnerUserId"] = "", ["Input.StartsOn"] = "2026-12-01", ["Input.DueOn"] = "2026-12-05",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("data-valmsg-for=\"Input.OwnerUserId\"[^>]*>Every action needs an owner.</span>", html);
        Assert.Equal(0, await DesignSamples.CountActionsAsync(api, project));
        var asObserver = await PageAsync(observer, page);
        Assert.DoesNotContain("handler=SaveAction", asObserver);
        Assert.DoesNotContain("handler=SaveIndicator", asObserver);
    }

    [Fact]
    public async Task Another_organisation_gets_404_for_the_plan_its_pages_and_its_actions()
    {
        var (org, lead, project, _) = await ProjectAsync(new DateOnly(2026, 12, 1));
        var action = await DesignSamples.AddActionAsync(api, org, lead, project);
        var stranger = TestPerson.New("Stella Stranger");
        var other = await api.RegisterAsync(stranger);
        var client = api.As(stranger);

        foreach (var path in new[]
                 {
                     Projects.PathOf(other, project) + "/plan", Projects.PathOf(other, project) + "/plan.docx",
                     $"/t/{other.Slug}/projects/{project}/design", $"/t/{other.Slug}/projects/{project}/plan/print",
                 })
        {
            Assert.True(HttpStatusCode.NotFound == (await client.GetAsync(path)).StatusCode, path);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"{Projects.PathOf(other, project)}/plan/actions/{action}")).StatusCode);
        Assert.Equal(1, await DesignSamples.CountActionsAsync(api, project));
    }

    private Task<(OrgRef Org, TestPerson Lead, Guid Project, Guid LeadId)> ProjectAsync(DateOnly startsOn) =>
        DesignSamples.ProjectAsync(api, "Petra Plan", Projects.Input(startsOn: Iso(startsOn)));

    private async Task<string> PageAsync(TestPerson person, string path, HttpClient? client = null)
    {
        var response = await (client ?? api.As(person)).GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {html}");
        return html;
    }

    private static XDocument Part(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    /// <summary>A table row whose header cell is the action and whose next cell is its owner.</summary>
    private static Regex Row(string what, string owner) => new($"<th scope=\"row\">{Regex.Escape(what)}</th><td>{Regex.Escape(owner)}</td>");

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");

    [GeneratedRegex("<rect class=\"timeline-bar ")]
    private static partial Regex TimelineBar();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
