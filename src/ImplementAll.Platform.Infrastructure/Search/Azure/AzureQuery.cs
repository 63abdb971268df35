using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Azure.Search.Documents;
using Azure.Search.Documents.Models;
using ImplementAll.Platform.Core.Search;

namespace ImplementAll.Platform.Infrastructure.Search.Azure;

/// <summary>
/// Azure AI Search requests built from a <see cref="SearchRequest"/>.
/// <para>
/// Search text: the full Lucene syntax (<see cref="SearchQueryType.Full"/>) because only it has fuzzy terms (<c>~1</c>);
/// the simple syntax would lose typo tolerance. User text never reaches it raw: <see cref="SearchText"/> splits it
/// into words and phrases, every syntax character in them is backslash-escaped and operator words are lower-cased, and
/// only our own <c>( OR ~ * " )</c> are added around them. <see cref="SearchMode.All"/> makes every word required, as in
/// the Lucene adapter.
/// </para>
/// <para>Filters: only through <see cref="SearchFilter.Create(FormattableString)"/>, which quotes and escapes each value.</para>
/// </summary>
internal static class AzureQuery
{
    /// <summary>Azure AI Search refuses a larger $skip.</summary>
    public const int MaxSkip = 100_000;

    /// <summary>Characters with a meaning in the full Lucene syntax (Azure's documented list); each is escaped with a backslash.</summary>
    private const string Special = "+-&|!(){}[]^\"~*?:\\/";

    private static readonly string[] Selected =
    [
        AzurePracticeSchema.Id, AzurePracticeSchema.Title, AzurePracticeSchema.Summary, AzurePracticeSchema.Owner,
        AzurePracticeSchema.TextLanguage, AzurePracticeSchema.PublishedAt, AzurePracticeSchema.TrlLevel,
        PracticeFacets.Type, PracticeFacets.Country, PracticeFacets.Stage,
    ];

    public static string SearchTextFor(IReadOnlyList<TextClause> clauses)
    {
        var parts = clauses.Select(c => c switch
        {
            PhraseClause phrase => "\"" + Escape(phrase.Text) + "\"",
            WordClause word => Word(word),
            _ => null,
        }).OfType<string>().ToList();
        return parts.Count == 0 ? "*" : string.Join(' ', parts);
    }

    private static string Word(WordClause word)
    {
        var exact = Escape(word.Text);
        var edits = SearchText.FuzzyEdits(word.Text.Length);
        if (!word.Prefix && edits == 0)
        {
            return exact;
        }

        // Prefix and fuzzy terms are not analyzed by the service beyond lower-casing, so lower-case them ourselves.
        var lower = Escape(word.Text.ToLowerInvariant());
        var alternatives = new List<string> { exact };
        if (edits > 0)
        {
            alternatives.Add(lower + "~" + edits.ToString(CultureInfo.InvariantCulture));
        }

        if (word.Prefix)
        {
            alternatives.Add(lower + "*");
        }

        return "(" + string.Join(" OR ", alternatives) + ")";
    }

    /// <summary>Backslash before every syntax character; AND, OR, NOT lower-cased so they are words, not operators.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        var escaped = builder.ToString();
        return escaped is "AND" or "OR" or "NOT" ? escaped.ToLowerInvariant() : escaped;
    }

    /// <summary>
    /// Values OR-ed within a facet, facets AND-ed; <paramref name="except"/> leaves one facet out (for its own counts).
    /// Field names come from <see cref="PracticeFacets.All"/> only, values only as <see cref="SearchFilter.Create(FormattableString)"/> arguments.
    /// </summary>
    public static string? Filter(IReadOnlyDictionary<string, IReadOnlyList<string>> filters, string? except = null)
    {
        var facets = new List<string>();
        foreach (var facet in PracticeFacets.All)
        {
            if (facet == except || !filters.TryGetValue(facet, out var values) || values.Count == 0)
            {
                continue;
            }

            // The format string holds only a known field name; each value is a {0} argument that SearchFilter quotes.
            var template = AzurePracticeSchema.SingleValued.Contains(facet) ? facet + " eq {0}" : "v eq {0}";
            var alternatives = values.Select(v => SearchFilter.Create(FormattableStringFactory.Create(template, v)));
            var joined = string.Join(" or ", alternatives);
            facets.Add(AzurePracticeSchema.SingleValued.Contains(facet) ? "(" + joined + ")" : facet + "/any(v: " + joined + ")");
        }

        return facets.Count == 0 ? null : string.Join(" and ", facets);
    }

    public static string Facet(string facet) => facet + ",count:" + FacetLimits.For(facet).ToString(CultureInfo.InvariantCulture);

    /// <summary>The page of hits, with the facets no filter touches (each filtered facet gets its own request).</summary>
    public static SearchOptions Main(SearchRequest request)
    {
        var options = Common(request, request.Filters);
        options.IncludeTotalCount = true;
        if (request.Skip > MaxSkip)
        {
            options.Size = 0; // Beyond what the service pages to: no hits, but the count and facets still come back.
        }
        else
        {
            options.Skip = (int)request.Skip;
            options.Size = request.PageSize;
        }

        foreach (var facet in PracticeFacets.All.Where(f => !request.Filters.ContainsKey(f)))
        {
            options.Facets.Add(Facet(facet));
        }

        foreach (var field in Selected)
        {
            options.Select.Add(field);
        }

        foreach (var field in AzurePracticeSchema.HighlightFields)
        {
            options.HighlightFields.Add(field);
        }

        options.HighlightPreTag = SearchRequest.HighlightStart.ToString();
        options.HighlightPostTag = SearchRequest.HighlightEnd.ToString();
        foreach (var order in OrderBy(request.Sort))
        {
            options.OrderBy.Add(order);
        }

        return options;
    }

    /// <summary>Counts for one filtered facet under every other filter: no hits, just that facet.</summary>
    public static SearchOptions FacetOnly(SearchRequest request, string facet)
    {
        var options = Common(request, request.Filters);
        options.Filter = Filter(request.Filters, except: facet);
        options.Size = 0;
        options.Facets.Add(Facet(facet));
        return options;
    }

    private static SearchOptions Common(SearchRequest request, IReadOnlyDictionary<string, IReadOnlyList<string>> filters)
    {
        var options = new SearchOptions
        {
            QueryType = SearchQueryType.Full,
            SearchMode = SearchMode.All,
            Filter = Filter(filters),
        };
        foreach (var field in AzurePracticeSchema.SearchFields)
        {
            options.SearchFields.Add(field);
        }

        return options;
    }

    private static IEnumerable<string> OrderBy(PracticeSort sort) => sort switch
    {
        PracticeSort.Recency => [$"{AzurePracticeSchema.PublishedAt} desc"],
        PracticeSort.Maturity => [$"{AzurePracticeSchema.TrlLevel} desc", $"{AzurePracticeSchema.StageOrder} desc", $"{AzurePracticeSchema.PublishedAt} desc"],
        _ => ["search.score() desc", $"{AzurePracticeSchema.PublishedAt} desc"],
    };
}
