namespace ImplementAll.Platform.Core.Search;

public enum PracticeSort
{
    Relevance,
    Recency,
    Maturity,
}

/// <summary>
/// A search as a user expresses it: free text (words, "quoted phrases", a trailing * for a prefix; anything else is
/// taken literally, never as engine syntax), facet filters (values OR-ed within a facet, AND-ed across facets), sort, page.
/// </summary>
public sealed record PracticeSearchQuery
{
    public const int MaxPageSize = 50;
    public const int MaxTextLength = 200;

    public string? Text { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public PracticeSort Sort { get; init; } = PracticeSort.Relevance;
    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

public sealed record PracticeHit(
    Guid Id,
    string Title,
    /// <summary>Summary or body excerpt with matches wrapped in &lt;mark&gt;…&lt;/mark&gt;; everything else HTML-encoded.</summary>
    string Snippet,
    string Type,
    string OwnerName,
    IReadOnlyList<string> Countries,
    int Trl,
    string Stage,
    DateTime PublishedAt,
    double Score);

public sealed record FacetValue(string Value, int Count);

public sealed record PracticeSearchResult(
    long Total,
    IReadOnlyList<PracticeHit> Hits,
    /// <summary>Counts for every facet in <see cref="PracticeFacets.All"/>. A facet's counts ignore that facet's own filter
    /// (so users can widen a selection), but apply all the others.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);

/// <summary>The search port: an embedded engine on one machine, Azure AI Search in the cloud; the same schema and features.</summary>
public interface IPracticeSearchIndex
{
    /// <summary>Creates the index or updates its schema; safe to call at every start.</summary>
    Task EnsureIndexAsync(CancellationToken cancellationToken);

    /// <summary>Adds or replaces documents by id.</summary>
    Task UpsertAsync(IReadOnlyCollection<PracticeDocument> documents, CancellationToken cancellationToken);

    Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Removes every document (a full reindex starts here).</summary>
    Task ClearAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A full reindex has written every document: the engine may now lay the index out for searching, which is cheapest
    /// while one writer has just rewritten it all. Searches keep being answered meanwhile.
    /// </summary>
    Task ReindexFinishedAsync(CancellationToken cancellationToken);

    Task<PracticeSearchResult> SearchAsync(PracticeSearchQuery query, CancellationToken cancellationToken);

    /// <summary>Titles completing what the user has typed (autocomplete), typo-tolerant where the engine allows.</summary>
    Task<IReadOnlyList<string>> SuggestAsync(string prefix, int max, CancellationToken cancellationToken);
}
