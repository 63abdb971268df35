using System.Xml.Linq;
using Azure.Storage.Blobs;
using ImplementAll.Platform.AdapterTests.Support;
using ImplementAll.Platform.Infrastructure.DataProtection;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace ImplementAll.Platform.AdapterTests.DataProtection;

[Collection(AzuriteCollection.Name)]
public sealed class BlobXmlRepositoryTests(AzuriteFixture azurite)
{
    // Each test its own blob in a container the repository has to create itself.
    private readonly BlobClient blob = azurite.CreateServiceClient()
        .GetBlobContainerClient("dataprotection-" + Guid.NewGuid().ToString("N")[..12])
        .GetBlobClient("keys.xml");

    [Fact]
    public void An_empty_repository_has_no_elements()
    {
        Assert.Empty(new BlobXmlRepository(blob).GetAllElements());
    }

    [Fact]
    public void A_stored_element_is_read_back()
    {
        var repository = new BlobXmlRepository(blob);

        repository.StoreElement(Key("one"), "key-one");

        var element = Assert.Single(repository.GetAllElements());
        Assert.Equal("one", element.Attribute("id")?.Value);
        Assert.Equal("payload-one", element.Value);
    }

    [Fact]
    public void Two_instances_on_the_same_blob_see_each_others_keys()
    {
        var first = new BlobXmlRepository(blob);
        var second = new BlobXmlRepository(blob);

        first.StoreElement(Key("from-first"), "a");
        second.StoreElement(Key("from-second"), "b");

        Assert.Equal(["from-first", "from-second"], Ids(first));
        Assert.Equal(["from-first", "from-second"], Ids(second));
    }

    [Fact]
    public void Concurrent_stores_lose_no_key()
    {
        new BlobXmlRepository(blob).StoreElement(Key("seed"), "seed");
        var instances = new[] { new BlobXmlRepository(blob), new BlobXmlRepository(blob), new BlobXmlRepository(blob) };
        var expected = Enumerable.Range(0, 24).Select(i => $"k{i:00}").ToList();

        // Start together so read-modify-write cycles overlap; without the ETag check the last writer wins.
        using var start = new Barrier(expected.Count);
        var threads = expected.Select((id, i) => new Thread(() =>
        {
            start.SignalAndWait();
            instances[i % instances.Length].StoreElement(Key(id), id);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(expected.Append("seed").Order(StringComparer.Ordinal), Ids(new BlobXmlRepository(blob)));
    }

    [Fact]
    public void Data_protection_on_two_instances_shares_the_key_ring()
    {
        var protectedByFirst = Provider().CreateProtector("adapter-tests").Protect("shared secret");

        var second = Provider().CreateProtector("adapter-tests");

        Assert.Equal("shared secret", second.Unprotect(protectedByFirst));
        Assert.Single(new BlobXmlRepository(blob).GetAllElements());
    }

    private IDataProtectionProvider Provider()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataProtection().SetApplicationName("implementall-adapter-tests").PersistKeysToAzure(blob);
        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>();
    }

    private static XElement Key(string id) => new("key", new XAttribute("id", id), "payload-" + id);

    private static List<string> Ids(BlobXmlRepository repository) =>
        repository.GetAllElements().Select(e => e.Attribute("id")!.Value).Order(StringComparer.Ordinal).ToList();
}
