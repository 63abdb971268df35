using System.Net;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ImplementAll.Platform.AdapterTests.Support;
using ImplementAll.Platform.Core.Blobs;
using ImplementAll.Platform.Infrastructure.Blobs;

namespace ImplementAll.Platform.AdapterTests.Blobs;

[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobStoreTests(AzuriteFixture azurite)
{
    private readonly Guid tenantA = Guid.NewGuid();
    private readonly Guid tenantB = Guid.NewGuid();
    private readonly BlobServiceClient service = azurite.CreateServiceClient();
    private AzureBlobStore Store => new(service, TimeProvider.System);

    [Fact]
    public async Task Put_open_delete_round_trip()
    {
        var store = Store;
        var stored = await Put(store, tenantA, "Übersicht.pdf", "hello azure");

        Assert.True(BlobKeys.IsWellFormed(stored.Key));
        Assert.Equal(11, stored.Length);
        await using (var download = await store.OpenReadAsync(tenantA, stored.Key, default))
        {
            Assert.NotNull(download);
            Assert.Equal("hello azure", await new StreamReader(download.Content).ReadToEndAsync());
            Assert.Equal("application/pdf", download.ContentType);
            Assert.Equal("Übersicht.pdf", download.FileName);
        }

        Assert.True(await store.DeleteAsync(tenantA, stored.Key, default));
        Assert.Null(await store.OpenReadAsync(tenantA, stored.Key, default));
        Assert.False(await store.DeleteAsync(tenantA, stored.Key, default));
    }

    [Fact]
    public async Task Length_is_known_for_streams_that_cannot_seek()
    {
        var stored = await Store.PutAsync(tenantA, "a.bin", new ForwardOnlyStream(new byte[70_000]), "application/octet-stream", default);

        Assert.Equal(70_000, stored.Length);
    }

    [Fact]
    public async Task Tenants_get_separate_private_containers_and_cannot_read_each_others_keys()
    {
        var store = Store;
        var ofA = await Put(store, tenantA, "a.txt", "secret of A");
        await Put(store, tenantB, "b.txt", "B's own");

        var names = await service.GetBlobContainersAsync().Select(c => c.Name).ToListAsync();
        Assert.Contains(AzureBlobStore.ContainerName(tenantA), names);
        Assert.Contains(AzureBlobStore.ContainerName(tenantB), names);
        Assert.NotEqual(AzureBlobStore.ContainerName(tenantA), AzureBlobStore.ContainerName(tenantB));

        Assert.Null(await store.OpenReadAsync(tenantB, ofA.Key, default));
        Assert.False(await store.DeleteAsync(tenantB, ofA.Key, default));
        await using var stillThere = await store.OpenReadAsync(tenantA, ofA.Key, default);
        Assert.NotNull(stillThere);
    }

    [Fact]
    public async Task A_tenant_without_a_container_reads_nothing()
    {
        var ofA = await Put(Store, tenantA, "a.txt", "secret of A");

        Assert.Null(await Store.OpenReadAsync(Guid.NewGuid(), ofA.Key, default));
    }

    [Fact]
    public async Task Containers_are_private_and_anonymous_reads_are_refused()
    {
        var stored = await Put(Store, tenantA, "a.txt", "secret of A");
        var container = service.GetBlobContainerClient(AzureBlobStore.ContainerName(tenantA));

        Assert.Equal(PublicAccessType.None, (await container.GetPropertiesAsync()).Value.PublicAccess);
        using var http = new HttpClient();
        using var response = await http.GetAsync(container.GetBlobClient(stored.Key).Uri);
        Assert.False(response.IsSuccessStatusCode, $"anonymous GET returned {response.StatusCode}");
        Assert.DoesNotContain("secret of A", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Download_uri_serves_the_content_as_an_attachment()
    {
        var store = Store;
        var stored = await Put(store, tenantA, "a.txt", "downloadable");
        var uri = await store.GetDownloadUriAsync(tenantA, stored.Key, TimeSpan.FromMinutes(5), "Bericht März.txt", default);

        using var http = new HttpClient();
        using var response = await http.GetAsync(uri);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("downloadable", await response.Content.ReadAsStringAsync());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Bericht März.txt", response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task Download_uri_is_read_only_and_for_one_blob()
    {
        var store = Store;
        var stored = await Put(store, tenantA, "a.txt", "original");
        var other = await Put(store, tenantA, "b.txt", "other");
        var uri = await store.GetDownloadUriAsync(tenantA, stored.Key, TimeSpan.FromMinutes(5), "a.txt", default);
        var viaSas = new BlobClient(uri, BlobRegistration.ClientOptions());

        var write = await Assert.ThrowsAsync<RequestFailedException>(() => viaSas.UploadAsync(BinaryData.FromString("changed"), overwrite: true));
        Assert.Equal(403, write.Status);
        var delete = await Assert.ThrowsAsync<RequestFailedException>(() => viaSas.DeleteAsync());
        Assert.Equal(403, delete.Status);

        var otherBlob = new UriBuilder(uri) { Path = uri.AbsolutePath.Replace(stored.Key, other.Key) }.Uri;
        using var http = new HttpClient();
        using var response = await http.GetAsync(otherBlob);
        Assert.False(response.IsSuccessStatusCode, $"SAS for one blob opened another: {response.StatusCode}");

        await using var unchanged = await store.OpenReadAsync(tenantA, stored.Key, default);
        Assert.Equal("original", await new StreamReader(unchanged!.Content).ReadToEndAsync());
    }

    [Fact]
    public async Task Download_uri_stops_working_when_it_expires()
    {
        var stored = await Put(Store, tenantA, "a.txt", "downloadable");
        // Issued an hour ago for five minutes: the storage service, not this process, must now refuse it.
        var past = new AzureBlobStore(service, new ManualTime(DateTimeOffset.UtcNow.AddHours(-1)));
        var uri = await past.GetDownloadUriAsync(tenantA, stored.Key, TimeSpan.FromMinutes(5), "a.txt", default);

        using var http = new HttpClient();
        using var response = await http.GetAsync(uri);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Download_uri_for_a_malformed_key_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.GetDownloadUriAsync(tenantA, "../other", TimeSpan.FromMinutes(5), "a", default));
    }

    private static Task<StoredBlob> Put(AzureBlobStore store, Guid tenant, string name, string text) =>
        store.PutAsync(tenant, name, new MemoryStream(Encoding.UTF8.GetBytes(text)), name.EndsWith(".pdf") ? "application/pdf" : "text/plain", default);

    private sealed class ForwardOnlyStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
