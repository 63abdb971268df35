using System.Security.Cryptography;
using System.Text;
using System.Web;
using ImplementAll.Platform.AdapterTests.Support;
using ImplementAll.Platform.Core.Blobs;
using ImplementAll.Platform.Infrastructure.Blobs;

namespace ImplementAll.Platform.AdapterTests.Blobs;

public sealed class FileSystemBlobStoreTests : IDisposable
{
    private static readonly Guid TenantA = Guid.NewGuid();
    private static readonly Guid TenantB = Guid.NewGuid();
    private readonly TempDirectory root = new();
    private readonly ManualTime time = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly FileSystemBlobStore store;

    public FileSystemBlobStoreTests() => store = new FileSystemBlobStore(root.Path, RandomNumberGenerator.GetBytes(32), time);

    public void Dispose() => root.Dispose();

    [Fact]
    public async Task Put_open_delete_round_trip()
    {
        var stored = await Put(TenantA, "report.pdf", "hello");

        Assert.True(BlobKeys.IsWellFormed(stored.Key));
        Assert.Equal(5, stored.Length);
        await using (var download = await store.OpenReadAsync(TenantA, stored.Key, default))
        {
            Assert.NotNull(download);
            Assert.Equal("hello", await new StreamReader(download.Content).ReadToEndAsync());
            Assert.Equal("application/pdf", download.ContentType);
            Assert.Equal("report.pdf", download.FileName);
        }

        Assert.True(await store.DeleteAsync(TenantA, stored.Key, default));
        Assert.Null(await store.OpenReadAsync(TenantA, stored.Key, default));
        Assert.False(await store.DeleteAsync(TenantA, stored.Key, default));
    }

    [Fact]
    public async Task A_failed_upload_leaves_nothing_behind()
    {
        await Assert.ThrowsAsync<IOException>(() => store.PutAsync(TenantA, "a.txt", new FailingStream(), "text/plain", default));

        Assert.Empty(Directory.GetFiles(Path.Combine(root.Path, TenantA.ToString("N"))));
    }

    [Fact]
    public async Task Keys_are_generated_not_taken_from_the_file_name()
    {
        var stored = await Put(TenantA, "../../etc/passwd", "x");

        Assert.DoesNotContain("passwd", stored.Key);
        Assert.Equal([Path.Combine(root.Path, TenantA.ToString("N"))], Directory.GetDirectories(root.Path));
    }

    [Fact]
    public async Task A_tenant_cannot_read_or_delete_another_tenants_key()
    {
        var stored = await Put(TenantA, "a.txt", "secret of A");
        await Put(TenantB, "b.txt", "B's own");

        Assert.Null(await store.OpenReadAsync(TenantB, stored.Key, default));
        Assert.False(await store.DeleteAsync(TenantB, stored.Key, default));
        await using var stillThere = await store.OpenReadAsync(TenantA, stored.Key, default);
        Assert.NotNull(stillThere);
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("/etc/passwd")]
    [InlineData("..\\x")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("")]
    public async Task Malformed_keys_are_refused(string key)
    {
        Assert.Null(await store.OpenReadAsync(TenantA, key, default));
        Assert.False(await store.DeleteAsync(TenantA, key, default));
        await Assert.ThrowsAsync<ArgumentException>(() => store.GetDownloadUriAsync(TenantA, key, TimeSpan.FromMinutes(5), "f", default));
    }

    [Fact]
    public async Task A_traversal_to_another_tenants_existing_file_is_refused()
    {
        var stored = await Put(TenantA, "a.txt", "secret of A");

        Assert.Null(await store.OpenReadAsync(TenantB, $"../{TenantA:N}/{stored.Key}", default));
        Assert.False(await store.DeleteAsync(TenantB, $"../{TenantA:N}/{stored.Key}", default));
    }

    [Fact]
    public async Task Signed_url_validates_until_it_expires()
    {
        var stored = await Put(TenantA, "a.txt", "x");
        var link = Parse(await store.GetDownloadUriAsync(TenantA, stored.Key, TimeSpan.FromMinutes(5), "Ärger & Co.txt", default));

        Assert.Equal($"/files/{TenantA}/{stored.Key}", link.Path);
        Assert.Equal("Ärger & Co.txt", link.Name);
        Assert.True(store.IsValid(TenantA, stored.Key, link.Name, link.Expires, link.Signature));

        time.Now = time.Now.AddMinutes(5);
        Assert.True(store.IsValid(TenantA, stored.Key, link.Name, link.Expires, link.Signature));
        time.Now = time.Now.AddSeconds(1);
        Assert.False(store.IsValid(TenantA, stored.Key, link.Name, link.Expires, link.Signature));
    }

    [Fact]
    public async Task Tampered_signed_urls_are_refused()
    {
        var stored = await Put(TenantA, "a.txt", "x");
        var other = await Put(TenantA, "b.txt", "y");
        var link = Parse(await store.GetDownloadUriAsync(TenantA, stored.Key, TimeSpan.FromMinutes(5), "a.txt", default));
        var flipped = (link.Signature[0] == 'A' ? "B" : "A") + link.Signature[1..];

        Assert.False(store.IsValid(TenantA, stored.Key, link.Name, link.Expires, flipped));
        Assert.False(store.IsValid(TenantA, stored.Key, link.Name, link.Expires + 3600, link.Signature));
        Assert.False(store.IsValid(TenantA, other.Key, link.Name, link.Expires, link.Signature));
        Assert.False(store.IsValid(TenantB, stored.Key, link.Name, link.Expires, link.Signature));
        Assert.False(store.IsValid(TenantA, stored.Key, "evil.html", link.Expires, link.Signature));
        Assert.False(store.IsValid(TenantA, stored.Key, link.Name, link.Expires, ""));
        Assert.False(store.IsValid(TenantA, stored.Key, link.Name, link.Expires, "not base64!"));
    }

    [Fact]
    public async Task A_url_signed_with_another_key_is_refused()
    {
        var stored = await Put(TenantA, "a.txt", "x");
        var otherStore = new FileSystemBlobStore(root.Path, RandomNumberGenerator.GetBytes(32), time);
        var link = Parse(await otherStore.GetDownloadUriAsync(TenantA, stored.Key, TimeSpan.FromMinutes(5), "a.txt", default));

        Assert.True(otherStore.IsValid(TenantA, stored.Key, link.Name, link.Expires, link.Signature));
        Assert.False(store.IsValid(TenantA, stored.Key, link.Name, link.Expires, link.Signature));
    }

    private Task<StoredBlob> Put(Guid tenant, string name, string text) =>
        store.PutAsync(tenant, name, new MemoryStream(Encoding.UTF8.GetBytes(text)), name.EndsWith(".pdf") ? "application/pdf" : "text/plain", default);

    private static (string Path, string Name, long Expires, string Signature) Parse(Uri relative)
    {
        Assert.False(relative.IsAbsoluteUri);
        var absolute = new Uri(new Uri("http://localhost"), relative);
        var query = HttpUtility.ParseQueryString(absolute.Query);
        return (absolute.AbsolutePath, query["name"]!, long.Parse(query["expires"]!), query["sig"]!);
    }

    private sealed class FailingStream() : MemoryStream(new byte[100])
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new IOException("connection reset");
    }
}
