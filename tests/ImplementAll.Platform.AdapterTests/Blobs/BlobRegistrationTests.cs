using ImplementAll.Platform.AdapterTests.Support;
using ImplementAll.Platform.Core.Blobs;
using ImplementAll.Platform.Infrastructure.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ImplementAll.Platform.AdapterTests.Blobs;

public sealed class BlobRegistrationTests : IDisposable
{
    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public void Without_azure_settings_the_embedded_face_uses_the_file_system_and_keeps_a_signing_key()
    {
        using var services = Build([], cloud: false);

        Assert.IsType<FileSystemBlobStore>(services.GetRequiredService<IBlobStore>());
        Assert.Same(services.GetRequiredService<IBlobStore>(), services.GetRequiredService<ISignedBlobUrlValidator>());
        Assert.True(File.Exists(Path.Combine(data.Path, "blob-signing.key")));
    }

    [Fact]
    public async Task The_generated_signing_key_survives_a_restart()
    {
        var tenant = Guid.NewGuid();
        string key;
        Uri link;
        using (var first = Build([], cloud: false))
        {
            var store = first.GetRequiredService<IBlobStore>();
            key = (await store.PutAsync(tenant, "a.txt", new MemoryStream([1]), "text/plain", default)).Key;
            link = await store.GetDownloadUriAsync(tenant, key, TimeSpan.FromMinutes(5), "a.txt", default);
        }

        using var second = Build([], cloud: false);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://x"), link).Query);
        Assert.True(second.GetRequiredService<ISignedBlobUrlValidator>()
            .IsValid(tenant, key, query["name"]!, long.Parse(query["expires"]!), query["sig"]!));
    }

    [Fact]
    public void A_service_uri_selects_azure_blob_with_an_entra_identity()
    {
        using var services = Build(new() { ["Blobs:ServiceUri"] = "https://account.blob.core.windows.net/" }, cloud: true);

        Assert.IsType<AzureBlobStore>(services.GetRequiredService<IBlobStore>());
        Assert.False(services.GetRequiredService<ISignedBlobUrlValidator>().IsValid(Guid.NewGuid(), BlobKeys.NewKey(), "a", long.MaxValue, "x"));
    }

    [Fact]
    public void A_connection_string_selects_azure_blob_with_a_shared_key()
    {
        using var services = Build(new() { ["Blobs:ConnectionString"] = "UseDevelopmentStorage=true" }, cloud: false);

        Assert.IsType<AzureBlobStore>(services.GetRequiredService<IBlobStore>());
    }

    [Fact]
    public void The_cloud_face_refuses_the_file_system()
    {
        Assert.Throws<InvalidOperationException>(() => Build([], cloud: true));
    }

    [Fact]
    public void Azure_blob_without_an_address_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => Build(new() { ["Blobs:Provider"] = "AzureBlob" }, cloud: false));
    }

    private ServiceProvider Build(Dictionary<string, string?> settings, bool cloud)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddPlatformBlobs(configuration, data.Path, cloud).BuildServiceProvider();
    }
}
