using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.IntegrationTests.Support;
using ImplementAll.Platform.Web.Features.Practices.Attachments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ImplementAll.Platform.IntegrationTests;

[Collection(PlatformCollection.Name)]
public sealed class AttachmentTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task Owners_attach_a_pdf_and_a_png_list_them_and_download_them_through_a_short_lived_link()
    {
        var (org, owner, practice) = await DraftAsync();
        var pdf = AttachmentSamples.Pdf();
        var png = AttachmentSamples.Png();

        var uploaded = await AttachmentSamples.UploadAsync(api.As(owner), org, practice, "Evaluation report.pdf", pdf, "application/pdf");
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var report = await uploaded.Content.ReadFromJsonAsync<JsonElement>(Api.Json);
        Assert.Equal("Evaluation report.pdf", report.GetProperty("fileName").GetString());
        Assert.Equal("application/pdf", report.GetProperty("contentType").GetString());
        Assert.Equal(pdf.Length, report.GetProperty("length").GetInt64());
        Assert.Equal(report.GetProperty("downloadUrl").GetString(), uploaded.Headers.Location?.OriginalString);

        // Named and declared as a JPEG, but the bytes are a PNG: the bytes win, and the extension follows them.
        var diagram = await AttachmentSamples.UploadAsync(api.As(owner), org, practice, "diagram.jpg", png, "image/jpeg");
        Assert.Equal(HttpStatusCode.Created, diagram.StatusCode);
        var image = await diagram.Content.ReadFromJsonAsync<JsonElement>(Api.Json);
        Assert.Equal("diagram.png", image.GetProperty("fileName").GetString());
        Assert.Equal("image/png", image.GetProperty("contentType").GetString());

        var list = await ListAsync(owner, org, practice);
        Assert.Equal(["Evaluation report.pdf", "diagram.png"], list.Select(a => a.GetProperty("fileName").GetString()));

        // A draft's files are readable by their owners.
        var redirect = await api.As(owner).GetAsync(report.GetProperty("downloadUrl").GetString());
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith($"/files/{org.Id}/", redirect.Headers.Location!.OriginalString);
        var file = await api.Anonymous().GetAsync(redirect.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(pdf, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal(3, BlobCount(org)); // the PDF, the PNG and the PNG's thumbnail
    }

    [Fact]
    public async Task A_published_practices_attachments_are_public_and_a_drafts_are_not()
    {
        var (org, owner, practice) = await DraftAsync();
        var pdf = AttachmentSamples.Pdf();
        var id = await AttachmentSamples.AddAsync(api, org, owner, practice, "Protocol.pdf", pdf);
        var anonymous = api.Anonymous();

        await (await anonymous.GetAsync($"/api/v1/practices/{practice}/attachments")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await anonymous.GetAsync($"/api/v1/practices/{practice}/attachments/{id}/download")).AssertProblemAsync(HttpStatusCode.NotFound);

        await Practices.PublishAsync(api, org, owner, practice, await Practices.CuratorAsync(api));

        var list = await anonymous.GetFromJsonAsync<List<JsonElement>>($"/api/v1/practices/{practice}/attachments", Api.Json);
        var listed = Assert.Single(list!);
        Assert.Equal("Protocol.pdf", listed.GetProperty("fileName").GetString());
        Assert.False(listed.TryGetProperty("uploadedBy", out _), "The public does not learn who uploaded a file.");

        var redirect = await anonymous.GetAsync(listed.GetProperty("downloadUrl").GetString());
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.True(redirect.Headers.CacheControl?.NoStore, "A redirect to a link that expires must not be cached.");
        Assert.StartsWith($"/files/{org.Id}/", redirect.Headers.Location!.OriginalString);

        var file = await anonymous.GetAsync(redirect.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(pdf, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(file.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Protocol.pdf", file.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        var page = await anonymous.GetStringAsync($"/practices/{practice}");
        Assert.Contains("Protocol.pdf", page);
        Assert.Contains($"/api/v1/practices/{practice}/attachments/{id}/download", page);
    }

    [Fact]
    public async Task An_archived_practice_shows_no_attachments_and_takes_no_new_ones()
    {
        var (org, owner, practice) = await DraftAsync();
        await AttachmentSamples.AddAsync(api, org, owner, practice, "Protocol.pdf", AttachmentSamples.Pdf());
        await Practices.PublishAsync(api, org, owner, practice, await Practices.CuratorAsync(api));
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync($"/api/v1/practices/{practice}/attachments")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await api.As(owner).PostAsJsonAsync($"/api/v1/tenants/{org.Id}/practices/{practice}/archive", new { }, Api.Json)).StatusCode);

        await (await api.Anonymous().GetAsync($"/api/v1/practices/{practice}/attachments")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await AttachmentSamples.UploadAsync(api.As(owner), org, practice, "late.pdf", AttachmentSamples.Pdf()))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Single(await ListAsync(owner, org, practice));
    }

    [Theory]
    [InlineData("evil.pdf", "application/pdf", "html")]
    [InlineData("setup.pdf", "application/pdf", "exe")]
    [InlineData("photo.png", "image/png", "script")]
    [InlineData("report.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "zip")]
    [InlineData("sheet.xls", "application/vnd.ms-excel", "installer")]
    public async Task A_file_whose_content_is_not_an_accepted_kind_is_refused_with_415_whatever_it_is_called(string name, string declared, string content)
    {
        var (org, owner, practice) = await DraftAsync();
        var bytes = content switch
        {
            "html" => "<!DOCTYPE html><html><body><script>fetch('/api/v1/me').then(r => r.text()).then(alert)</script></body></html>"u8.ToArray(),
            "exe" => [.. "MZ"u8, .. new byte[126], .. "PE\0\0"u8, .. new byte[400]],
            "script" => "#!/bin/sh\nrm -rf /\n"u8.ToArray(),
            "zip" => AttachmentSamples.Zip(("readme.txt", "hello")),
            _ => AttachmentSamples.Compound("SummaryInformation", "Property"),
        };

        var problem = await (await AttachmentSamples.UploadAsync(api.As(owner), org, practice, name, bytes, declared))
            .AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("Accepted are", problem.GetProperty("detail").GetString());
        Assert.Empty(await ListAsync(owner, org, practice));
        Assert.Equal(0, BlobCount(org));
    }

    [Theory]
    [InlineData("pdf-header")]
    [InlineData("pdf-cut")]
    [InlineData("docx-cut")]
    [InlineData("png-cut")]
    [InlineData("empty")]
    public async Task A_truncated_or_empty_file_is_refused_as_bad_input(string kind)
    {
        var (org, owner, practice) = await DraftAsync();
        var pdf = AttachmentSamples.Pdf();
        var docx = AttachmentSamples.Docx();
        var png = AttachmentSamples.Png();
        var bytes = kind switch
        {
            "pdf-header" => "%PDF-1.7\n"u8.ToArray(),
            "pdf-cut" => pdf[..(pdf.Length / 2)],
            "docx-cut" => docx[..(docx.Length / 2)],
            "png-cut" => png[..(png.Length - 5)],
            _ => [],
        };

        var problem = await (await AttachmentSamples.UploadAsync(api.As(owner), org, practice, "file.pdf", bytes)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("file"));
        Assert.Empty(await ListAsync(owner, org, practice));
        Assert.Equal(0, BlobCount(org));
    }

    [Fact]
    public async Task A_request_that_is_not_a_multipart_upload_of_a_file_gets_a_problem()
    {
        var (org, owner, practice) = await DraftAsync();
        var url = $"/api/v1/tenants/{org.Id}/practices/{practice}/attachments";

        await (await api.As(owner).PostAsJsonAsync(url, new { file = "JVBERi0=" }, Api.Json)).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);

        using var noFile = new MultipartFormDataContent { { new StringContent("just text"), "file" } };
        var problem = await (await api.As(owner).PostAsync(url, noFile)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("file"));
    }

    [Fact]
    public async Task An_upload_over_the_configured_limit_is_refused_while_streaming_whatever_the_declared_length()
    {
        var (org, owner, practice) = await DraftAsync();
        var configuration = factory.Services.GetRequiredService<IConfiguration>();
        // The shared host reads the limit on each upload; lowered here only, and put back whatever happens.
        configuration[PracticeAttachments.MaxBytesSetting] = "4096";
        try
        {
            var tooBig = AttachmentSamples.Pdf(4097);
            var problem = await (await AttachmentSamples.UploadAsync(api.As(owner), org, practice, "big.pdf", tooBig)).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
            Assert.Contains("4 KB", problem.GetProperty("detail").GetString());

            // Sent in chunks with no Content-Length at all: only counting the bytes can stop it.
            var chunked = await AttachmentSamples.UploadAsync(api.As(owner), org, practice, "big.pdf", tooBig, withoutLength: true);
            await chunked.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);

            var justFits = await AttachmentSamples.UploadAsync(api.As(owner), org, practice, "fits.pdf", AttachmentSamples.Pdf(4096), withoutLength: true);
            Assert.Equal(HttpStatusCode.Created, justFits.StatusCode);
        }
        finally
        {
            configuration[PracticeAttachments.MaxBytesSetting] = null;
        }

        Assert.Single(await ListAsync(owner, org, practice));
        Assert.Equal(1, BlobCount(org));
    }

    [Fact]
    public async Task A_path_in_the_file_name_is_stripped_and_the_rest_kept()
    {
        var (org, owner, practice) = await DraftAsync();
        var created = await AttachmentSamples.UploadAsync(api.As(owner), org, practice, "../../etc/passwd.pdf", AttachmentSamples.Pdf());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Api.Json);
        Assert.Equal("passwd.pdf", body.GetProperty("fileName").GetString());

        var stored = await api.InDatabaseAsync(db => db.Attachments.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .SingleAsync(a => a.PracticeId == practice));
        Assert.Equal("passwd.pdf", stored.FileName);

        var link = (await api.As(owner).GetAsync(body.GetProperty("downloadUrl").GetString())).Headers.Location!;
        var file = await api.Anonymous().GetAsync(link);
        Assert.Equal("passwd.pdf", file.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task A_tampered_or_expired_download_link_is_refused_with_403()
    {
        var (org, owner, practice) = await DraftAsync();
        var id = await AttachmentSamples.AddAsync(api, org, owner, practice, "Protocol.pdf", AttachmentSamples.Pdf());
        var link = (await api.As(owner).GetAsync($"/api/v1/tenants/{org.Id}/practices/{practice}/attachments/{id}/download")).Headers.Location!.OriginalString;
        var anonymous = api.Anonymous();
        var query = System.Web.HttpUtility.ParseQueryString(link[(link.IndexOf('?') + 1)..]);
        var path = link[..link.IndexOf('?')];
        var signature = query["sig"]!;
        string With(string name, string value)
        {
            var changed = System.Web.HttpUtility.ParseQueryString(query.ToString()!);
            changed[name] = value;
            return $"{path}?{changed}";
        }

        var forgeries = new[]
        {
            With("sig", (signature[0] == 'A' ? "B" : "A") + signature[1..]),
            With("sig", ""),
            With("name", "Protocol.html"),
            With("expires", (long.Parse(query["expires"]!) + 3600).ToString()),
            With("expires", "soon"),
            link.Replace(org.Id.ToString(), Guid.NewGuid().ToString()),
            link.Replace(path[(path.LastIndexOf('/') + 1)..], new string('a', 32)),
            path,
        };
        foreach (var forged in forgeries)
        {
            await (await anonymous.GetAsync(forged)).AssertProblemAsync(HttpStatusCode.Forbidden);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(6));
        try
        {
            await (await anonymous.GetAsync(link)).AssertProblemAsync(HttpStatusCode.Forbidden);
        }
        finally
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(-6));
        }

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task A_member_of_another_tenant_gets_404_on_upload_list_download_and_delete()
    {
        var (org, owner, practice) = await DraftAsync();
        var id = await AttachmentSamples.AddAsync(api, org, owner, practice, "Protocol.pdf", AttachmentSamples.Pdf());
        var ownerB = TestPerson.New("Bea");
        var b = await api.RegisterAsync(ownerB);
        var stranger = api.As(ownerB);

        foreach (var tenant in new[] { org.Id, b.Id })
        {
            var attachments = $"/api/v1/tenants/{tenant}/practices/{practice}/attachments";
            Assert.Equal(HttpStatusCode.NotFound, (await AttachmentSamples.UploadAsync(stranger, tenant, practice, "x.pdf", AttachmentSamples.Pdf())).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(attachments)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{attachments}/{id}/download")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"{attachments}/{id}")).StatusCode);
        }

        Assert.Single(await ListAsync(owner, org, practice));
        Assert.Equal(1, BlobCount(org));
        Assert.Equal(0, BlobCount(b));
    }

    [Fact]
    public async Task A_member_who_is_not_an_editor_can_list_but_not_upload()
    {
        var (org, owner, practice) = await DraftAsync();
        var reader = TestPerson.New("Reader");
        await api.AddMemberAsync(org, owner, reader, "Member");

        Assert.Equal(HttpStatusCode.Forbidden, (await AttachmentSamples.UploadAsync(api.As(reader), org, practice, "x.pdf", AttachmentSamples.Pdf())).StatusCode);
        Assert.Empty(await ListAsync(reader, org, practice));
    }

    [Fact]
    public async Task The_twenty_first_attachment_is_refused_until_one_is_removed()
    {
        var (org, owner, practice) = await DraftAsync();
        var ids = new List<Guid>();
        for (var i = 1; i <= AttachmentLimits.PerPractice; i++)
        {
            ids.Add(await AttachmentSamples.AddAsync(api, org, owner, practice, $"Screen {i}.png", AttachmentSamples.Png(i, 1)));
        }

        var problem = await (await AttachmentSamples.UploadAsync(api.As(owner), org, practice, "one more.png", AttachmentSamples.Png()))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("20", problem.GetProperty("detail").GetString());
        Assert.Equal(40, BlobCount(org)); // each image with its thumbnail

        Assert.Equal(HttpStatusCode.NoContent, (await api.As(owner).DeleteAsync($"/api/v1/tenants/{org.Id}/practices/{practice}/attachments/{ids[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await AttachmentSamples.UploadAsync(api.As(owner), org, practice, "one more.png", AttachmentSamples.Png())).StatusCode);
        Assert.Equal(40, BlobCount(org));
    }

    [Fact]
    public async Task Removing_an_attachment_removes_its_file()
    {
        var (org, owner, practice) = await DraftAsync();
        var id = await AttachmentSamples.AddAsync(api, org, owner, practice, "Protocol.pdf", AttachmentSamples.Pdf());
        var url = $"/api/v1/tenants/{org.Id}/practices/{practice}/attachments/{id}";

        Assert.Equal(HttpStatusCode.NoContent, (await api.As(owner).DeleteAsync(url)).StatusCode);

        Assert.Empty(await ListAsync(owner, org, practice));
        Assert.Equal(0, BlobCount(org));
        await (await api.As(owner).GetAsync($"{url}/download")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await api.As(owner).DeleteAsync(url)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Images_get_a_small_PNG_thumbnail_and_other_files_none()
    {
        var (org, owner, practice) = await DraftAsync();
        await AttachmentSamples.AddAsync(api, org, owner, practice, "Screenshot.png", AttachmentSamples.Png(640, 400));
        await AttachmentSamples.AddAsync(api, org, owner, practice, "Protocol.pdf", AttachmentSamples.Pdf());
        var list = await ListAsync(owner, org, practice);
        var image = list.Single(a => a.GetProperty("fileName").GetString() == "Screenshot.png");
        var pdf = list.Single(a => a.GetProperty("fileName").GetString() == "Protocol.pdf");
        Assert.Equal(JsonValueKind.Null, pdf.GetProperty("thumbnailUrl").ValueKind);

        var redirect = await api.As(owner).GetAsync(image.GetProperty("thumbnailUrl").GetString());
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var thumbnail = await (await api.Anonymous().GetAsync(redirect.Headers.Location)).Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], thumbnail[..4]);
        var width = (thumbnail[16] << 24) | (thumbnail[17] << 16) | (thumbnail[18] << 8) | thumbnail[19];
        var height = (thumbnail[20] << 24) | (thumbnail[21] << 16) | (thumbnail[22] << 8) | thumbnail[23];
        Assert.Equal((320, 200), (width, height));
        Assert.Equal(3, BlobCount(org));
        await (await api.As(owner).GetAsync(pdf.GetProperty("downloadUrl").GetString()!.Replace("/download", "/thumbnail"))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deleting_a_draft_removes_its_stored_files_too()
    {
        var (org, owner, practice) = await DraftAsync();
        await AttachmentSamples.AddAsync(api, org, owner, practice, "Protocol.pdf", AttachmentSamples.Pdf());
        Assert.Equal(1, BlobCount(org));

        Assert.Equal(HttpStatusCode.NoContent, (await api.As(owner).DeleteAsync($"/api/v1/tenants/{org.Id}/practices/{practice}")).StatusCode);

        Assert.Equal(0, BlobCount(org));
    }

    [Fact]
    public async Task When_the_row_cannot_be_saved_the_file_already_stored_is_removed_again()
    {
        var (org, _, practice) = await DraftAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        db.Tenant.Set(org.Id);
        // Pending in the same unit of work, and bound to fail: it names a practice that does not exist.
        db.ReviewComments.Add(new ReviewComment { PracticeId = Guid.NewGuid(), AuthorName = "Nobody", At = DateTime.UtcNow });
        var attachments = scope.ServiceProvider.GetRequiredService<PracticeAttachments>();

        using var content = new MemoryStream(AttachmentSamples.Pdf());
        await Assert.ThrowsAsync<DbUpdateException>(() => attachments.AddAsync(practice, "Protocol.pdf", content, CancellationToken.None));

        Assert.Equal(0, BlobCount(org));
        Assert.Equal(0, await api.InDatabaseAsync(d => d.Attachments.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).CountAsync(a => a.PracticeId == practice)));
    }

    [Fact]
    public async Task The_API_description_shows_the_upload_as_a_multipart_file()
    {
        var document = JsonDocument.Parse(await api.Anonymous().GetStringAsync("/openapi/v1.json")).RootElement;
        var upload = document.GetProperty("paths").GetProperty("/api/v1/tenants/{tenantId}/practices/{practiceId}/attachments").GetProperty("post");
        var file = upload.GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data")
            .GetProperty("schema").GetProperty("properties").GetProperty("file");
        Assert.Equal("binary", file.GetProperty("format").GetString());
    }

    private async Task<(OrgRef Org, TestPerson Owner, Guid Practice)> DraftAsync()
    {
        var owner = TestPerson.New("Olga");
        var org = await api.RegisterAsync(owner);
        return (org, owner, await Practices.RegisterAsync(api, org, owner));
    }

    private async Task<List<JsonElement>> ListAsync(TestPerson member, OrgRef org, Guid practice) =>
        (await api.As(member).GetFromJsonAsync<List<JsonElement>>($"/api/v1/tenants/{org.Id}/practices/{practice}/attachments", Api.Json))!;

    /// <summary>Files in the tenant's folder of the file-system blob store, so a test can tell that nothing was left behind.</summary>
    private int BlobCount(OrgRef org)
    {
        var data = factory.Services.GetRequiredService<IConfiguration>()["Platform:DataDirectory"]!;
        var folder = Path.Combine(data, "blobs", org.Id.ToString("N"));
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Count(f => Path.GetExtension(f) == "") : 0;
    }
}

/// <summary>What is decided from bytes and names alone, without the host.</summary>
public sealed class AttachmentContentTests
{
    public static TheoryData<string, string, string> AcceptedFiles => new()
    {
        { "pdf", "application/pdf", ".pdf" },
        { "png", "image/png", ".png" },
        { "jpeg", "image/jpeg", ".jpg" },
        { "gif", "image/gif", ".gif" },
        { "webp", "image/webp", ".webp" },
        { "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx" },
        { "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx" },
        { "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx" },
        { "odt", "application/vnd.oasis.opendocument.text", ".odt" },
        { "ods", "application/vnd.oasis.opendocument.spreadsheet", ".ods" },
        { "doc", "application/msword", ".doc" },
        { "xls", "application/vnd.ms-excel", ".xls" },
        { "ppt", "application/vnd.ms-powerpoint", ".ppt" },
    };

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public void Accepted_kinds_are_told_by_their_content(string kind, string contentType, string extension)
    {
        var sniffed = AttachmentContent.Sniff(new MemoryStream(Sample(kind)));
        Assert.Equal(SniffVerdict.Accepted, sniffed.Verdict);
        Assert.Equal(contentType, sniffed.Type!.ContentType);
        Assert.Equal(extension, sniffed.Type.Extension);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("exe")]
    [InlineData("elf")]
    [InlineData("text")]
    [InlineData("zip")]
    [InlineData("odf-formula")]
    [InlineData("ole-other")]
    [InlineData("ooxml-other")]
    public void Other_kinds_are_unsupported(string kind) =>
        Assert.Equal(SniffVerdict.Unsupported, AttachmentContent.Sniff(new MemoryStream(Sample(kind))).Verdict);

    [Theory]
    [InlineData("empty")]
    [InlineData("%PDF")]
    [InlineData("pdf-no-eof")]
    [InlineData("png-cut")]
    [InlineData("png-not-ihdr")]
    [InlineData("jpeg-cut")]
    [InlineData("gif-cut")]
    [InlineData("webp-cut")]
    [InlineData("docx-cut")]
    [InlineData("doc-cut")]
    [InlineData("ole-header-only")]
    public void Cut_off_files_are_damaged(string kind) =>
        Assert.Equal(SniffVerdict.Damaged, AttachmentContent.Sniff(new MemoryStream(Sample(kind))).Verdict);

    [Theory]
    [InlineData("../../etc/passwd.pdf", ".pdf", "passwd.pdf")]
    [InlineData(@"C:\Users\kari\Desktop\Report 2025.docx", ".docx", "Report 2025.docx")]
    [InlineData("Évaluation finale.PDF", ".pdf", "Évaluation finale.pdf")]
    [InlineData("invoice\u202Efdp.exe", ".pdf", "invoicefdp.pdf")]
    [InlineData("a<b>c:d\"e|f?g*h.png", ".png", "a_b_c_d_e_f_g_h.png")]
    [InlineData("line\r\nbreak\t.pdf", ".pdf", "linebreak.pdf")]
    [InlineData("  .hidden  ", ".pdf", "hidden.pdf")]
    [InlineData("Version 1.2 of the plan", ".pdf", "Version 1.2 of the plan.pdf")]
    [InlineData("photo.jpeg.exe", ".jpg", "photo.jpeg.jpg")]
    [InlineData("CON.pdf", ".pdf", "_CON.pdf")]
    [InlineData("../..", ".pdf", "attachment.pdf")]
    [InlineData("", ".png", "attachment.png")]
    [InlineData(null, ".png", "attachment.png")]
    [InlineData("???", ".pdf", "attachment.pdf")]
    public void File_names_are_cleaned_and_given_the_extension_of_the_content(string? supplied, string extension, string expected) =>
        Assert.Equal(expected, AttachmentFileNames.Clean(supplied, extension));

    [Fact]
    public void Long_names_are_cut_between_characters_not_inside_one()
    {
        var cleaned = AttachmentFileNames.Clean(string.Concat(Enumerable.Repeat("👍", 80)) + ".pdf", ".pdf");
        Assert.True(cleaned.Length <= AttachmentLimits.FileNameLength);
        Assert.EndsWith("👍.pdf", cleaned);
        // A strict encoder throws on half a surrogate pair.
        Assert.Equal(cleaned, new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(new UTF8Encoding(false, true).GetBytes(cleaned)));
    }

    private static byte[] Sample(string kind)
    {
        var pdf = AttachmentSamples.Pdf();
        var png = AttachmentSamples.Png();
        var docx = AttachmentSamples.Docx();
        var doc = AttachmentSamples.Compound("WordDocument", "SummaryInformation");
        return kind switch
        {
            "pdf" => pdf,
            "png" => png,
            "jpeg" => AttachmentSamples.JpegShaped(),
            "gif" => AttachmentSamples.Gif(),
            "webp" => AttachmentSamples.WebP(),
            "docx" => docx,
            "xlsx" => AttachmentSamples.Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")),
            "pptx" => AttachmentSamples.Zip(("[Content_Types].xml", "<Types/>"), ("ppt/presentation.xml", "<presentation/>")),
            "odt" => AttachmentSamples.Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>")),
            "ods" => AttachmentSamples.Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<office:document-content/>")),
            "doc" => doc,
            "xls" => AttachmentSamples.Compound("Workbook"),
            "ppt" => AttachmentSamples.Compound("PowerPoint Document", "Current User"),
            "html" => "<html><script>alert(1)</script></html>"u8.ToArray(),
            "exe" => [.. "MZ"u8, .. new byte[200]],
            "elf" => [0x7F, .. "ELF"u8, .. new byte[60]],
            "text" => "Just some notes, not a document format."u8.ToArray(),
            "zip" => AttachmentSamples.Zip(("notes.txt", "hello")),
            "odf-formula" => AttachmentSamples.Zip(("mimetype", "application/vnd.oasis.opendocument.formula"), ("content.xml", "<math/>")),
            "ole-other" => AttachmentSamples.Compound("__substg1.0_0037001F", "__properties_version1.0"),
            "ooxml-other" => AttachmentSamples.Zip(("[Content_Types].xml", "<Types/>"), ("visio/document.xml", "<VisioDocument/>")),
            "empty" => [],
            "%PDF" => "%PDF"u8.ToArray(),
            "pdf-no-eof" => pdf[..(pdf.Length - 8)],
            "png-cut" => png[..(png.Length - 12)],
            "png-not-ihdr" => [.. png[..12], .. "IDAT"u8, .. png[16..]],
            "jpeg-cut" => AttachmentSamples.JpegShaped()[..^2],
            "gif-cut" => AttachmentSamples.Gif()[..^1],
            "webp-cut" => AttachmentSamples.WebP()[..^4],
            "docx-cut" => docx[..^30],
            "doc-cut" => doc[..1200],
            "ole-header-only" => doc[..512],
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }
}

/// <summary>Small but real files of each kind, made here rather than checked in, and a way to upload them.</summary>
public static class AttachmentSamples
{
    public static async Task<HttpResponseMessage> UploadAsync(
        HttpClient client, OrgRef org, Guid practiceId, string fileName, byte[] bytes, string contentType = "application/octet-stream", bool withoutLength = false) =>
        await UploadAsync(client, org.Id, practiceId, fileName, bytes, contentType, withoutLength);

    public static async Task<HttpResponseMessage> UploadAsync(
        HttpClient client, Guid tenantId, Guid practiceId, string fileName, byte[] bytes, string contentType = "application/octet-stream", bool withoutLength = false)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        HttpContent body = withoutLength ? new UnknownLengthContent(form) : form;
        return await client.PostAsync($"/api/v1/tenants/{tenantId}/practices/{practiceId}/attachments", body);
    }

    /// <summary>Uploads as an editor and returns the new attachment's id.</summary>
    public static async Task<Guid> AddAsync(Api api, OrgRef org, TestPerson editor, Guid practiceId, string fileName = "Protocol.pdf", byte[]? bytes = null)
    {
        var response = await UploadAsync(api.As(editor), org, practiceId, fileName, bytes ?? Pdf());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json)).GetProperty("id").GetGuid();
    }

    /// <summary>A one-page PDF with a correct cross-reference table, padded by a comment to <paramref name="length"/> bytes if asked.</summary>
    public static byte[] Pdf(int? length = null)
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        ];

        string Build(string padding)
        {
            var text = new StringBuilder("%PDF-1.4\n%" + padding + "\n");
            var offsets = new List<int>();
            for (var i = 0; i < objects.Length; i++)
            {
                offsets.Add(Encoding.ASCII.GetByteCount(text.ToString()));
                text.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
            }

            var xref = Encoding.ASCII.GetByteCount(text.ToString());
            text.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
            foreach (var offset in offsets)
            {
                text.Append($"{offset:D10} 00000 n \n");
            }

            text.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
            return text.ToString();
        }

        var pdf = Build("");
        // Padding moves the offsets, whose digits may then grow by one: settle on the padding that gives the length asked for.
        for (var padding = 0; length is { } wanted && pdf.Length != wanted;)
        {
            padding += wanted - pdf.Length;
            pdf = Build(new string('x', padding));
        }

        return Encoding.ASCII.GetBytes(pdf);
    }

    /// <summary>A real RGB PNG (each size gives different bytes).</summary>
    public static byte[] Png(int width = 2, int height = 2)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per sample
        header[9] = 2; // RGB
        Chunk(png, "IHDR", header);

        var rows = new byte[height * (1 + width * 3)];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = i % (1 + width * 3) == 0 ? (byte)0 : (byte)(i * 37);
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(rows);
        }

        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>The classic 1×1 transparent GIF.</summary>
    public static byte[] Gif() => Convert.FromBase64String("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

    /// <summary>A 1×1 lossless WebP.</summary>
    public static byte[] WebP() => Convert.FromBase64String("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    /// <summary>Start and end markers around a few segments: enough for a sniffer, not for a decoder.</summary>
    public static byte[] JpegShaped() => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xDA, 0x00, 0x02, 0x12, 0x34, 0xFF, 0xD9];

    public static byte[] Docx() => Zip(
        ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
        ("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>"),
        ("word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>"));

    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                // OpenDocument stores its mimetype entry uncompressed.
                var entry = zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return bytes.ToArray();
    }

    /// <summary>
    /// A minimal compound file (version 3, 512-byte sectors): header, one allocation-table sector, one directory sector
    /// with a root entry and up to three streams of the given names, as Word, Excel, PowerPoint and installers write them.
    /// </summary>
    public static byte[] Compound(params string[] streams)
    {
        const uint free = 0xFFFFFFFF, endOfChain = 0xFFFFFFFE, fatSector = 0xFFFFFFFD;
        var file = new byte[512 * 3];
        var header = file.AsSpan(0, 512);
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[24..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], 1); // allocation-table sectors
        BinaryPrimitives.WriteUInt32LittleEndian(header[48..], 1); // first directory sector
        BinaryPrimitives.WriteUInt32LittleEndian(header[56..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[60..], endOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[68..], endOfChain);
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(76 + 4 * i)..], i == 0 ? 0 : free);
        }

        var fat = file.AsSpan(512, 512);
        for (var i = 0; i < 128; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(4 * i)..], i switch { 0 => fatSector, 1 => endOfChain, _ => free });
        }

        var directory = file.AsSpan(1024, 512);
        string[] names = ["Root Entry", .. streams.Take(3)];
        for (var i = 0; i < names.Length; i++)
        {
            var entry = directory.Slice(128 * i, 128);
            var name = Encoding.Unicode.GetBytes(names[i]);
            name.CopyTo(entry);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)(name.Length + 2));
            entry[66] = (byte)(i == 0 ? 5 : 2);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], free);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], free);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], free);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], endOfChain);
        }

        return file;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    /// <summary>Sends its content with no Content-Length, so the request goes out in chunks.</summary>
    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly HttpContent inner;

        public UnknownLengthContent(HttpContent inner)
        {
            this.inner = inner;
            Headers.ContentType = inner.Headers.ContentType;
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => inner.CopyToAsync(stream);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
