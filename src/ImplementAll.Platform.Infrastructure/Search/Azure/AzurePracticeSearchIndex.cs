using System.Globalization;
using System.Net;
using System.Text;
using Azure;
using Azure.Search.Documents;
using Azure.Search.Documents.Indexes;
using Azure.Search.Documents.Models;
using ImplementAll.Platform.Core.Search;

namespace ImplementAll.Platform.Infrastructure.Search.Azure;

/// <summary>
/// The cloud search engine: Azure AI Search with the schema of <see cref="AzurePracticeSchema"/>. Facet counts follow
/// the port's rule (a facet ignores its own filter) by asking one extra, hit-less request per filtered facet, in
/// parallel with the main one.
/// </summary>
public sealed class AzurePracticeSearchIndex : IPracticeSearchIndex
{
    /// <summary>The service accepts at most 1000 actions per indexing request.</summary>
    private const int BatchSize = 1000;

    /// <summary>The service refuses suggestion text longer than this.</summary>
    private const int MaxSuggestText = 100;

    private readonly SearchIndexClient indexes;
    private readonly SearchClient documents;
    private readonly string indexName;

    public AzurePracticeSearchIndex(SearchIndexClient indexes, string indexName)
    {
        this.indexes = indexes;
        this.indexName = indexName;
        documents = indexes.GetSearchClient(indexName);
    }

    public async Task EnsureIndexAsync(CancellationToken cancellationToken) =>
        await indexes.CreateOrUpdateIndexAsync(AzurePracticeSchema.Index(indexName), allowIndexDowntime: false, onlyIfUnchanged: false, cancellationToken);

    public async Task UpsertAsync(IReadOnlyCollection<PracticeDocument> practices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(practices);
        foreach (var chunk in practices.Chunk(BatchSize))
        {
            var batch = IndexDocumentsBatch.Upload(chunk.Select(AzurePracticeSchema.ToDocument));
            await documents.IndexDocumentsAsync(batch, new IndexDocumentsOptions { ThrowOnAnyError = true }, cancellationToken);
        }
    }

    public async Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        foreach (var chunk in ids.Chunk(BatchSize))
        {
            var batch = IndexDocumentsBatch.Delete(AzurePracticeSchema.Id, chunk.Select(id => id.ToString("D")));
            await documents.IndexDocumentsAsync(batch, new IndexDocumentsOptions { ThrowOnAnyError = true }, cancellationToken);
        }
    }

    /// <summary>The service has no "delete all documents": the index is dropped and created again, which is also how a schema change is applied.</summary>
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        try
        {
            await indexes.DeleteIndexAsync(indexName, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.NotFound)
        {
            // Nothing to clear.
        }

        await EnsureIndexAsync(cancellationToken);
    }

    /// <summary>Nothing to do: the service merges its own segments, and the documents written are already searchable.</summary>
    public Task ReindexFinishedAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.CompletedTask;
    }

    public async Task<PracticeSearchResult> SearchAsync(PracticeSearchQuery query, CancellationToken cancellationToken)
    {
        var request = SearchRequest.From(query);
        var text = AzureQuery.SearchTextFor(SearchText.Parse(request.Text));
        var main = documents.SearchAsync<SearchDocument>(text, AzureQuery.Main(request), cancellationToken);
        var sideways = request.Filters.Keys
            .ToDictionary(facet => facet, facet => documents.SearchAsync<SearchDocument>(text, AzureQuery.FacetOnly(request, facet), cancellationToken));
        await Task.WhenAll(sideways.Values.Append(main));

        var results = (await main).Value;
        var hits = new List<PracticeHit>();
        if (request.Skip <= AzureQuery.MaxSkip)
        {
            await foreach (var result in results.GetResultsAsync().WithCancellation(cancellationToken))
            {
                if (hits.Count >= request.PageSize)
                {
                    break;
                }

                hits.Add(AzurePracticeSchema.ToHit(result.Document, Snippet(result), result.Score));
            }
        }

        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        foreach (var facet in PracticeFacets.All)
        {
            var source = sideways.TryGetValue(facet, out var own) ? (await own).Value : results;
            facets[facet] = Facet(source, facet);
        }

        return new PracticeSearchResult(results.TotalCount ?? 0, hits, facets);
    }

    public async Task<IReadOnlyList<string>> SuggestAsync(string prefix, int max, CancellationToken cancellationToken)
    {
        // Suggestion text is matched as a prefix, not parsed as query syntax; it only has to be 1..100 characters.
        var text = SearchRequest.CleanText(prefix, MaxSuggestText).Trim();
        if (text.Length == 0 || max < 1)
        {
            return [];
        }

        max = Math.Min(max, SearchRequest.MaxSuggestions);
        var options = new SuggestOptions { UseFuzzyMatching = true, Size = max * 3 }; // room for duplicates of equal titles
        options.Select.Add(AzurePracticeSchema.Title);
        var response = await documents.SuggestAsync<SearchDocument>(text, AzurePracticeSchema.Suggester, options, cancellationToken);
        return response.Value.Results
            .Select(r => r.Document.GetString(AzurePracticeSchema.Title))
            .Where(t => !string.IsNullOrEmpty(t))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(max)
            .ToList();
    }

    private static IReadOnlyList<FacetValue> Facet(SearchResults<SearchDocument> results, string facet) =>
        results.Facets is not null && results.Facets.TryGetValue(facet, out var values)
            ? values
                .Where(v => v.Value is not null && v.Count > 0)
                .Select(v => new FacetValue(Convert.ToString(v.Value, CultureInfo.InvariantCulture)!, (int)v.Count!.Value))
                .OrderByDescending(v => v.Count)
                .ThenBy(v => v.Value, StringComparer.Ordinal)
                .ToList()
            : [];

    /// <summary>The first summary fragment, else the first body fragment, else the plain summary.</summary>
    private static string Snippet(SearchResult<SearchDocument> result)
    {
        if (result.Highlights is not null)
        {
            foreach (var field in AzurePracticeSchema.HighlightFields)
            {
                if (result.Highlights.TryGetValue(field, out var fragments) && fragments.Count > 0)
                {
                    return FromHighlight(fragments[0]);
                }
            }
        }

        return SnippetHtml.Build(result.Document.GetString(AzurePracticeSchema.Summary) ?? string.Empty, []);
    }

    /// <summary>
    /// The service returns the original text with our private-use markers around matches. The text is HTML-encoded
    /// and the markers become &lt;mark&gt; tags; the markers never occur in indexed text (see
    /// <see cref="SearchRequest.CleanText"/>), so a practice cannot fake or break a highlight.
    /// </summary>
    internal static string FromHighlight(string fragment)
    {
        var html = new StringBuilder(fragment.Length + 32);
        var open = false;
        var start = 0;
        for (var i = 0; i <= fragment.Length; i++)
        {
            var end = i == fragment.Length;
            if (!end && fragment[i] != SearchRequest.HighlightStart && fragment[i] != SearchRequest.HighlightEnd)
            {
                continue;
            }

            html.Append(WebUtility.HtmlEncode(fragment[start..i]));
            if (!end && fragment[i] == SearchRequest.HighlightStart && !open)
            {
                html.Append("<mark>");
                open = true;
            }
            else if ((end || fragment[i] == SearchRequest.HighlightEnd) && open)
            {
                html.Append("</mark>");
                open = false;
            }

            start = i + 1;
        }

        return html.ToString();
    }
}
