using ImplementAll.Platform.Core.Search;
using ImplementAll.Platform.Web.Platform.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Practices.Public;

/// <summary>The public repository search. Every filter lives in the URL, so a search can be shared and the back button works.</summary>
public sealed class SearchModel(PracticeSearching searching, FacetLabels labels) : PageModel
{
    public PracticeSearchQuery Query { get; private set; } = new();
    public PracticeSearchResult? Result { get; private set; }
    public FacetLabels Labels => labels;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var parsed = PracticeSearching.Parse(Request.Query);
        if (parsed.Failure is { } failure)
        {
            failure.AddTo(ModelState, "");
            return;
        }

        Query = parsed.Value!;
        Result = await searching.SearchAsync(Query, cancellationToken);
    }

    public bool IsSelected(string facet, string value) => Query.Filters.TryGetValue(facet, out var values) && values.Contains(value);

    public string PageLink(int page)
    {
        var parameters = Request.Query.Where(p => p.Key != "page").SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v ?? "")}"));
        return "/practices?" + string.Join("&", parameters.Append($"page={page}"));
    }

    public int PageCount => Result is null ? 0 : (int)Math.Min(PracticeSearching.MaxPage, (Result.Total + Query.PageSize - 1) / Query.PageSize);
}
