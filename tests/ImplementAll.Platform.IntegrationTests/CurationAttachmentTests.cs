using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImplementAll.Platform.IntegrationTests.Support;

namespace ImplementAll.Platform.IntegrationTests;

[Collection(PlatformCollection.Name)]
public sealed class CurationAttachmentTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task Curators_open_a_submissions_attachments_but_not_a_drafts_and_nobody_else_may()
    {
        var owner = TestPerson.New("Sub");
        var org = await api.RegisterAsync(owner);
        var practice = await Practices.RegisterAsync(api, org, owner);
        var pdf = AttachmentSamples.Pdf();
        var attachment = await AttachmentSamples.AddAsync(api, org, owner, practice, "Evaluation.pdf", pdf);
        var curator = await Practices.CuratorAsync(api);
        var url = $"/api/v1/curation/practices/{practice}/attachments/{attachment}/download";

        await (await api.As(curator).GetAsync(url)).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.OK, (await api.As(owner).PostAsJsonAsync($"/api/v1/tenants/{org.Id}/practices/{practice}/submit", new { }, Api.Json)).StatusCode);
        var redirect = await api.As(curator).GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal(pdf, await (await api.Anonymous().GetAsync(redirect.Headers.Location)).Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.Forbidden, (await api.As(owner).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().GetAsync(url)).StatusCode);
        var review = WebUtility.HtmlDecode(await api.As(curator).GetStringAsync($"/curation/{practice}"));
        Assert.Contains("Evaluation.pdf", review);
        Assert.Contains(url, review);
    }
}
