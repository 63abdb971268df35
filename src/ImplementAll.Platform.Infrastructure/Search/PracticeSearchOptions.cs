namespace ImplementAll.Platform.Infrastructure.Search;

/// <summary>The <c>Search</c> configuration section.</summary>
public sealed class PracticeSearchOptions
{
    public const string Section = "Search";

    /// <summary>Azure AI Search service, e.g. https://name.search.windows.net; when set, the cloud adapter is used (managed identity).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Index name in Azure AI Search.</summary>
    public string IndexName { get; set; } = "practices";
}
