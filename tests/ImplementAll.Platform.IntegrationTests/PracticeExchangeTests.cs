using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using ImplementAll.Platform.IntegrationTests.Support;

namespace ImplementAll.Platform.IntegrationTests;

[Collection(PlatformCollection.Name)]
public sealed class PracticeExchangeTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    private const string Header = "type,title,summary,countriesOfOrigin,languages,trl,stage";

    private static StringContent CsvBody(string csv) => new(csv, Encoding.UTF8, "text/csv");

    [Fact]
    public async Task A_valid_CSV_imports_every_row_as_a_draft_and_exports_again()
    {
        var owner = TestPerson.New("Imp");
        var org = await api.RegisterAsync(owner);
        var csv = $"{Header}\r\nDigitalSolution,\"Video consultation, rural\",Short summary,NO;SE,en;no,6,dha-stage-05\r\nPolicy,National eHealth strategy,,ES,es,,\r\n";

        var response = await api.As(owner).PostAsync($"/api/v1/tenants/{org.Id}/practices/import", CsvBody(csv));
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(report.GetProperty("imported").GetBoolean());
        Assert.Equal(2, report.GetProperty("rows").GetInt32());

        var exported = await api.As(owner).GetStringAsync($"/api/v1/tenants/{org.Id}/practices/export?format=csv");
        Assert.StartsWith("type,title,summary", exported);
        Assert.Contains("\"Video consultation, rural\"", exported);
        Assert.Contains("NO;SE", exported);

        var json = await api.As(owner).GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{org.Id}/practices/export", Api.Json);
        Assert.Equal(2, json.GetArrayLength());
        var roundTrip = await api.As(owner).PostAsync($"/api/v1/tenants/{org.Id}/practices/import?format=json", new StringContent(json.GetRawText(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, roundTrip.StatusCode);
        Assert.Equal(4, (await api.As(owner).GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{org.Id}/practices", Api.Json)).GetArrayLength());
    }

    [Fact]
    public async Task One_invalid_row_imports_nothing_and_the_report_names_each_problem()
    {
        var owner = TestPerson.New("Bad");
        var org = await api.RegisterAsync(owner);
        var csv = $"{Header}\nDigitalSolution,Fine row,,NO,en,5,dha-stage-03\nSpaceship,Bad type,,XX,en,11,dha-stage-77\n";

        var response = await api.As(owner).PostAsync($"/api/v1/tenants/{org.Id}/practices/import", CsvBody(csv));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json);
        Assert.False(report.GetProperty("imported").GetBoolean());
        var rows = report.GetProperty("report").EnumerateArray().ToList();
        Assert.True(rows[0].GetProperty("valid").GetBoolean());
        var errors = rows[1].GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains("type", errors);
        Assert.Contains("CountriesOfOrigin", errors);
        Assert.Contains("Trl", errors);
        Assert.Contains("Stage", errors);
        Assert.Equal(0, (await api.As(owner).GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{org.Id}/practices", Api.Json)).GetArrayLength());
    }

    [Theory]
    [InlineData("type,title\nPolicy,\"never closed\n", "csv")]
    [InlineData("colour,title\nred,x\n", "csv")]
    [InlineData("[{\"type\":", "json")]
    [InlineData("", "json")]
    public async Task Unreadable_files_get_400_problem_details(string content, string format)
    {
        var owner = TestPerson.New("Unr");
        var org = await api.RegisterAsync(owner);
        var response = await api.As(owner).PostAsync($"/api/v1/tenants/{org.Id}/practices/import?format={format}", new StringContent(content, Encoding.UTF8, "text/plain"));
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Published_practices_federate_as_DCAT_and_appear_in_the_Atom_feed()
    {
        var owner = TestPerson.New("Fed");
        var org = await api.RegisterAsync(owner);
        var title = "Federated telemonitoring " + Guid.NewGuid().ToString("N")[..6];
        var id = await Practices.RegisterAsync(api, org, owner, Practices.CompleteInput(title));
        await Practices.PublishAsync(api, org, owner, id, await Practices.CuratorAsync(api));

        var dcat = await api.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/practices/export/dcat");
        Assert.Equal("dcat:Catalog", dcat.GetProperty("@type").GetString());
        var dataset = dcat.GetProperty("dcat:dataset").EnumerateArray().Single(d => d.GetProperty("dct:identifier").GetString() == id.ToString());
        Assert.Equal(title, dataset.GetProperty("dct:title").GetProperty("@value").GetString());
        Assert.Contains(dataset.GetProperty("dct:spatial").EnumerateArray(), s => s.GetProperty("@id").GetString()!.EndsWith("/NOR"));

        var feed = XDocument.Parse(await api.Anonymous().GetStringAsync("/practices/feed.atom"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Contains(feed.Root!.Elements(atom + "entry"), e => e.Element(atom + "title")!.Value == title);
    }

    [Fact]
    public async Task Script_in_Markdown_is_not_rendered_on_the_public_page()
    {
        var owner = TestPerson.New("Xss");
        var org = await api.RegisterAsync(owner);
        var input = Practices.CompleteInput("Safe rendering");
        var json = JsonSerializer.SerializeToNode(input, Api.Json)!;
        json["description"] = "Hello <script>alert('x')</script> <img src=x onerror=alert(1)> [click](javascript:alert(2)) **bold**";
        var created = await api.As(owner).PostAsync($"/api/v1/tenants/{org.Id}/practices", new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Api.Json)).GetProperty("id").GetGuid();
        await Practices.PublishAsync(api, org, owner, id, await Practices.CuratorAsync(api));

        var html = await api.Anonymous().GetStringAsync($"/practices/{id}");
        var article = html[html.IndexOf("<section class=\"markdown\">", StringComparison.Ordinal)..];
        article = article[..article.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.DoesNotContain("<script", article);
        Assert.DoesNotContain("<img", article);
        Assert.DoesNotContain("javascript:", article);
        Assert.Contains("<strong>bold</strong>", article);
        Assert.Contains("\"@context\":\"https://schema.org\"", html);
    }
}
