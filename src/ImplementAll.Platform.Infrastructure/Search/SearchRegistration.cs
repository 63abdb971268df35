using Azure.Core;
using Azure.Identity;
using Azure.Search.Documents.Indexes;
using ImplementAll.Platform.Core.Search;
using ImplementAll.Platform.Infrastructure.Search.Azure;
using ImplementAll.Platform.Infrastructure.Search.Lucene;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ImplementAll.Platform.Infrastructure.Search;

public static class SearchRegistration
{
    /// <summary>The folder under the data directory that holds the embedded index.</summary>
    public const string LuceneFolder = "search";

    /// <summary>
    /// Registers <see cref="IPracticeSearchIndex"/> as a singleton from the <c>Search</c> section: Azure AI Search with a
    /// managed identity (a <see cref="TokenCredential"/> registered by the host, else <see cref="DefaultAzureCredential"/>)
    /// when <c>Search:Endpoint</c> is set, with the index <c>Search:IndexName</c> (default "practices"); otherwise a
    /// Lucene index in <c>{dataDirectory}/search</c>. The cloud face refuses Lucene because its instances do not share a disk.
    /// The Lucene index opens its folder on first use; only one process may hold it.
    /// </summary>
    public static IServiceCollection AddPracticeSearch(this IServiceCollection services, IConfiguration configuration, string dataDirectory, bool cloud)
    {
        var options = configuration.GetSection(PracticeSearchOptions.Section).Get<PracticeSearchOptions>() ?? new PracticeSearchOptions();
        if (options.Endpoint is not null)
        {
            var indexName = string.IsNullOrWhiteSpace(options.IndexName) ? "practices" : options.IndexName;
            services.AddSingleton<IPracticeSearchIndex>(sp => new AzurePracticeSearchIndex(
                new SearchIndexClient(options.Endpoint, sp.GetService<TokenCredential>() ?? new DefaultAzureCredential()),
                indexName));
            return services;
        }

        if (cloud)
        {
            throw new InvalidOperationException("The cloud face searches with Azure AI Search: set Search:Endpoint.");
        }

        var folder = Path.Combine(dataDirectory, LuceneFolder);
        services.AddSingleton(_ => LucenePracticeSearchIndex.OpenFolder(folder));
        services.AddSingleton<IPracticeSearchIndex>(sp => sp.GetRequiredService<LucenePracticeSearchIndex>());
        return services;
    }
}
