using ImplementAll.Platform.Core.Search;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace ImplementAll.Platform.Infrastructure.Search.Lucene;

/// <summary>
/// How a <see cref="PracticeDocument"/> is laid out in Lucene: analyzed text per language, facet values as StringField
/// (exact filters) plus SortedSetDocValuesField (counting without loading stored fields), numeric doc values for sorting,
/// and stored copies of what a hit shows.
/// </summary>
internal static class PracticeFields
{
    public const string Id = "id";
    public const string Language = "lang";
    public const string Title = "s_title";
    public const string Summary = "s_summary";
    public const string Body = "s_body";
    public const string Owner = "s_owner";
    public const string Type = "s_type";
    public const string Countries = "s_country";
    public const string Stage = "s_stage";
    public const string TrlValue = "s_trl";
    public const string PublishedTicks = "s_published";

    // Numeric doc values for sorting; separate names from the stored fields keep each field to one kind.
    public const string SortPublished = "sort_published";
    public const string SortTrl = "sort_trl";
    public const string SortStageOrder = "sort_stage";

    public static readonly ISet<string> StoredForHit = new HashSet<string>
    {
        Id, Language, Title, Summary, Body, Owner, Type, Countries, Stage, TrlValue, PublishedTicks,
    };

    public static LuceneDocument ToLucene(PracticeDocument practice)
    {
        var language = TextLanguages.KeyFor(practice.TextLanguage);
        var title = SearchRequest.CleanText(practice.Title);
        var summary = SearchRequest.CleanText(practice.Summary);
        var body = SearchRequest.CleanText(practice.Body);
        var published = PracticeValues.ToUtc(practice.PublishedAt).Ticks;
        var document = new LuceneDocument
        {
            new StringField(Id, practice.Id.ToString("D"), Field.Store.YES),
            new StoredField(Language, language),
            new TextField(TextLanguages.TitleField(language), title, Field.Store.NO),
            new TextField(TextLanguages.SummaryField(language), summary, Field.Store.NO),
            new TextField(TextLanguages.BodyField(language), body, Field.Store.NO),
            new TextField(PracticeAnalyzers.SuggestField, title, Field.Store.NO),
            new TextField(PracticeAnalyzers.SuggestGramField, title, Field.Store.NO),
            new StoredField(Title, title),
            new StoredField(Summary, summary),
            new StoredField(Body, body),
            new StoredField(Owner, practice.OwnerName ?? string.Empty),
            new StoredField(Type, practice.Type ?? string.Empty),
            new StoredField(Stage, practice.Stage ?? string.Empty),
            new StoredField(TrlValue, practice.Trl),
            new StoredField(PublishedTicks, published),
            new NumericDocValuesField(SortPublished, published),
            new NumericDocValuesField(SortTrl, practice.Trl),
            new NumericDocValuesField(SortStageOrder, practice.StageOrder),
        };

        foreach (var country in practice.Countries ?? [])
        {
            document.Add(new StoredField(Countries, country));
        }

        foreach (var (facet, values) in PracticeValues.Facets(practice))
        {
            foreach (var value in values.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal))
            {
                document.Add(new StringField(facet, value, Field.Store.NO));
                document.Add(new SortedSetDocValuesField(facet, new BytesRef(value)));
            }
        }

        return document;
    }

    public static PracticeHit ToHit(LuceneDocument stored, string snippet, float score) => new(
        Guid.Parse(stored.Get(Id)),
        stored.Get(Title) ?? string.Empty,
        snippet,
        stored.Get(Type) ?? string.Empty,
        stored.Get(Owner) ?? string.Empty,
        stored.GetValues(Countries),
        stored.GetField(TrlValue)?.GetInt32Value() ?? 0,
        stored.Get(Stage) ?? string.Empty,
        new DateTime(stored.GetField(PublishedTicks)?.GetInt64Value() ?? 0, DateTimeKind.Utc),
        float.IsNaN(score) ? 0 : score);
}
