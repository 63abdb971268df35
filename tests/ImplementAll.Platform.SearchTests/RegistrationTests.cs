using ImplementAll.Platform.Core.Search;
using ImplementAll.Platform.Infrastructure.Search;
using ImplementAll.Platform.Infrastructure.Search.Azure;
using ImplementAll.Platform.Infrastructure.Search.Lucene;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ImplementAll.Platform.SearchTests;

/// <summary>AddPracticeSearch picks the engine from configuration and the face.</summary>
public sealed class RegistrationTests : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "search-registration-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public async Task Without_an_endpoint_the_embedded_face_uses_lucene_under_the_data_directory()
    {
        var services = new ServiceCollection().AddPracticeSearch(Configuration(), dataDirectory, cloud: false);

        using (var provider = services.BuildServiceProvider())
        {
            var index = provider.GetRequiredService<IPracticeSearchIndex>();
            Assert.IsType<LucenePracticeSearchIndex>(index);
            Assert.Same(index, provider.GetRequiredService<IPracticeSearchIndex>());
            await index.UpsertAsync([Corpus.Practice(1, "Telemonitoring", "s")], CancellationToken.None);
        }

        Assert.True(Directory.EnumerateFiles(Path.Combine(dataDirectory, "search")).Any());
    }

    [Fact]
    public void An_endpoint_selects_azure_ai_search()
    {
        var services = new ServiceCollection().AddPracticeSearch(
            Configuration(("Search:Endpoint", "https://unit.search.windows.net"), ("Search:IndexName", "practices-test")), dataDirectory, cloud: true);

        using var provider = services.BuildServiceProvider();
        Assert.IsType<AzurePracticeSearchIndex>(provider.GetRequiredService<IPracticeSearchIndex>());
        Assert.False(Directory.Exists(dataDirectory));
    }

    [Fact]
    public void The_cloud_face_refuses_to_run_without_an_endpoint()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddPracticeSearch(Configuration(), dataDirectory, cloud: true));

        Assert.Contains("Search:Endpoint", error.Message);
    }
}
