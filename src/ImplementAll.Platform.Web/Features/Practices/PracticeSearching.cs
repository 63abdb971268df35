using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Search;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.Extensions.Primitives;

namespace ImplementAll.Platform.Web.Features.Practices;

/// <summary>
/// Turns a query string (as the search page and the API share it: q, sort, page, pageSize and one parameter per facet,
/// repeatable) into a search, refusing only what cannot be answered sensibly.
/// </summary>
public sealed class PracticeSearching(IPracticeSearchIndex index) : IUseCase
{
    public const int MaxPage = 1000;

    public static Outcome<PracticeSearchQuery> Parse(IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        var values = parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        string? One(string key) => values.TryGetValue(key, out var v) ? v.ToString() : null;

        var text = One("q")?.Trim();
        if (text is { Length: > PracticeSearchQuery.MaxTextLength })
        {
            return Failure.Field("q", $"Search for at most {PracticeSearchQuery.MaxTextLength} characters.");
        }

        var sort = PracticeSort.Relevance;
        if (One("sort") is { Length: > 0 } sortText && !Enum.TryParse(sortText, ignoreCase: true, out sort))
        {
            return Failure.Field("sort", "Sort by relevance, recency or maturity.");
        }

        var page = 1;
        if (One("page") is { Length: > 0 } pageText && (!int.TryParse(pageText, out page) || page is < 1 or > MaxPage))
        {
            return Failure.Field("page", $"The page must be a number from 1 to {MaxPage}.");
        }

        var pageSize = 20;
        if (One("pageSize") is { Length: > 0 } sizeText && (!int.TryParse(sizeText, out pageSize) || pageSize is < 1 or > PracticeSearchQuery.MaxPageSize))
        {
            return Failure.Field("pageSize", $"The page size must be a number from 1 to {PracticeSearchQuery.MaxPageSize}.");
        }

        var filters = PracticeFacets.All
            .Where(values.ContainsKey)
            .Select(f => (Facet: f, Values: values[f].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().Take(50).ToList()))
            .Where(f => f.Values.Count > 0)
            .ToDictionary(f => f.Facet, f => (IReadOnlyList<string>)f.Values);

        return new PracticeSearchQuery { Text = string.IsNullOrEmpty(text) ? null : text, Sort = sort, Page = page, PageSize = pageSize, Filters = filters };
    }

    public Task<PracticeSearchResult> SearchAsync(PracticeSearchQuery query, CancellationToken cancellationToken) => index.SearchAsync(query, cancellationToken);

    public async Task<IReadOnlyList<string>> SuggestAsync(string? prefix, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(prefix) || prefix.Length > 100 ? [] : await index.SuggestAsync(prefix.Trim(), 8, cancellationToken);
}
