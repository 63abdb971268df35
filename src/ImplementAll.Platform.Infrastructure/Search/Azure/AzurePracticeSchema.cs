using System.Globalization;
using Azure.Search.Documents.Indexes.Models;
using Azure.Search.Documents.Models;
using ImplementAll.Platform.Core.Search;

namespace ImplementAll.Platform.Infrastructure.Search.Azure;

/// <summary>
/// The Azure AI Search index, created and updated by code (never by hand in the portal), with the same layout as the
/// Lucene index: text per language with Microsoft's analyzer for it, facets as filterable and facetable fields
/// (collections for multi-valued ones), sortable numbers and dates, and a suggester on the title.
/// </summary>
internal static class AzurePracticeSchema
{
    public const string Suggester = "titles";

    /// <summary>The default scoring profile: title over summary over body, as in the Lucene adapter.</summary>
    public const string ScoringProfileName = "fields";

    public const string Id = "id";
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Owner = "ownerName";
    public const string TextLanguage = "textLanguage";
    public const string PublishedAt = "publishedAt";
    public const string TrlLevel = "trlLevel";
    public const string StageOrder = "stageOrder";

    public static readonly IReadOnlyDictionary<string, LexicalAnalyzerName> Analyzers = new Dictionary<string, LexicalAnalyzerName>
    {
        ["en"] = LexicalAnalyzerName.EnMicrosoft,
        ["de"] = LexicalAnalyzerName.DeMicrosoft,
        ["nl"] = LexicalAnalyzerName.NlMicrosoft,
        ["no"] = LexicalAnalyzerName.NbMicrosoft,
        ["es"] = LexicalAnalyzerName.EsMicrosoft,
        ["fr"] = LexicalAnalyzerName.FrMicrosoft,
        [TextLanguages.Standard] = LexicalAnalyzerName.StandardLucene,
    };

    /// <summary>Facets with one value per practice; the others are string collections.</summary>
    public static readonly IReadOnlySet<string> SingleValued = new HashSet<string> { PracticeFacets.Type, PracticeFacets.Trl, PracticeFacets.Stage };

    /// <summary>Every per-language text field: what a query searches (the plain title is only the suggester's source).</summary>
    public static IReadOnlyList<string> SearchFields { get; } = TextLanguages.AllKeys
        .SelectMany(l => new[] { TextLanguages.TitleField(l), TextLanguages.SummaryField(l), TextLanguages.BodyField(l) })
        .ToList();

    /// <summary>Summary fields first: a summary fragment is preferred to a body fragment.</summary>
    public static IReadOnlyList<string> HighlightFields { get; } = TextLanguages.AllKeys.Select(TextLanguages.SummaryField)
        .Concat(TextLanguages.AllKeys.Select(TextLanguages.BodyField))
        .ToList();

    public static SearchIndex Index(string name)
    {
        var fields = new List<SearchField>
        {
            new SimpleField(Id, SearchFieldDataType.String) { IsKey = true, IsFilterable = true },
            // The suggester's source; standard analyzer because titles come in every language.
            new SearchableField(Title) { AnalyzerName = LexicalAnalyzerName.StandardLucene },
            new SimpleField(Summary, SearchFieldDataType.String),
            new SimpleField(Owner, SearchFieldDataType.String),
            new SimpleField(TextLanguage, SearchFieldDataType.String) { IsFilterable = true },
            new SimpleField(PublishedAt, SearchFieldDataType.DateTimeOffset) { IsFilterable = true, IsSortable = true },
            new SimpleField(TrlLevel, SearchFieldDataType.Int32) { IsFilterable = true, IsSortable = true },
            new SimpleField(StageOrder, SearchFieldDataType.Int32) { IsSortable = true },
        };

        foreach (var facet in PracticeFacets.All)
        {
            var type = SingleValued.Contains(facet) ? SearchFieldDataType.String : SearchFieldDataType.Collection(SearchFieldDataType.String);
            fields.Add(new SimpleField(facet, type) { IsFilterable = true, IsFacetable = true });
        }

        var weights = new Dictionary<string, double>();
        foreach (var (language, analyzer) in Analyzers)
        {
            // Hidden: searched and highlighted, never returned (the stored title and summary are returned once).
            fields.Add(new SearchableField(TextLanguages.TitleField(language)) { AnalyzerName = analyzer, IsHidden = true });
            fields.Add(new SearchableField(TextLanguages.SummaryField(language)) { AnalyzerName = analyzer, IsHidden = true });
            fields.Add(new SearchableField(TextLanguages.BodyField(language)) { AnalyzerName = analyzer, IsHidden = true });
            weights[TextLanguages.TitleField(language)] = 3;
            weights[TextLanguages.SummaryField(language)] = 2;
            weights[TextLanguages.BodyField(language)] = 1;
        }

        var index = new SearchIndex(name, fields) { DefaultScoringProfile = ScoringProfileName };
        index.ScoringProfiles.Add(new ScoringProfile(ScoringProfileName) { TextWeights = new TextWeights(weights) });
        index.Suggesters.Add(new SearchSuggester(Suggester, Title));
        return index;
    }

    public static SearchDocument ToDocument(PracticeDocument practice)
    {
        var language = TextLanguages.KeyFor(practice.TextLanguage);
        var title = SearchRequest.CleanText(practice.Title);
        var summary = SearchRequest.CleanText(practice.Summary);
        var document = new SearchDocument
        {
            [Id] = practice.Id.ToString("D"),
            [Title] = title,
            [Summary] = summary,
            [Owner] = practice.OwnerName,
            [TextLanguage] = language,
            [PublishedAt] = new DateTimeOffset(PracticeValues.ToUtc(practice.PublishedAt)),
            [TrlLevel] = practice.Trl,
            [StageOrder] = practice.StageOrder,
            [TextLanguages.TitleField(language)] = title,
            [TextLanguages.SummaryField(language)] = summary,
            [TextLanguages.BodyField(language)] = SearchRequest.CleanText(practice.Body),
        };

        foreach (var (facet, values) in PracticeValues.Facets(practice))
        {
            var distinct = values.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal).ToArray();
            document[facet] = SingleValued.Contains(facet) ? distinct.FirstOrDefault() : distinct;
        }

        return document;
    }

    public static PracticeHit ToHit(SearchDocument document, string snippet, double? score) => new(
        Guid.Parse(document.GetString(Id)),
        document.GetString(Title) ?? string.Empty,
        snippet,
        StringOf(document, PracticeFacets.Type),
        StringOf(document, Owner),
        document.TryGetValue(PracticeFacets.Country, out var countries) && countries is not null
            ? document.GetStringCollection(PracticeFacets.Country).ToList()
            : [],
        document.TryGetValue(TrlLevel, out var trl) && trl is not null ? Convert.ToInt32(trl, CultureInfo.InvariantCulture) : 0,
        StringOf(document, PracticeFacets.Stage),
        document.TryGetValue(PublishedAt, out var published) && published is not null ? document.GetDateTimeOffset(PublishedAt)!.Value.UtcDateTime : default,
        score ?? 0);

    private static string StringOf(SearchDocument document, string field) =>
        document.TryGetValue(field, out var value) && value is not null ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty : string.Empty;
}
