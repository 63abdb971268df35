using ImplementAll.Platform.Core.Search;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace ImplementAll.Platform.Infrastructure.Search.Lucene;

/// <summary>
/// How a <see cref="PracticeDocument"/> is laid out in Lucene: analyzed text per language and unstemmed, facet values as
/// StringField (exact filters) plus SortedSetDocValuesField (counting), numeric doc values for sorting, and what a hit
/// shows as a binary doc-values record (<see cref="HitRecord"/>). Nothing is kept as stored fields.
/// </summary>
internal static class PracticeFields
{
    public const string Id = "id";

    /// <summary>The language key; indexed too, so a query word that is a stop word in a language matches that language's practices.</summary>
    public const string Language = "lang";

    // Numeric doc values for sorting.
    public const string SortPublished = "sort_published";
    public const string SortTrl = "sort_trl";
    public const string SortStageOrder = "sort_stage";

    public static LuceneDocument ToLucene(PracticeDocument practice)
    {
        var language = TextLanguages.KeyFor(practice.TextLanguage);
        var title = SearchRequest.CleanText(practice.Title);
        var summary = SearchRequest.CleanText(practice.Summary);
        var body = SearchRequest.CleanText(practice.Body);
        var published = PracticeValues.ToUtc(practice.PublishedAt).Ticks;
        var countries = (practice.Countries ?? []).Where(c => !string.IsNullOrEmpty(c)).ToList();
        var hit = new HitRecord(practice.Id, language, title, summary, practice.OwnerName ?? string.Empty, practice.Type ?? string.Empty,
            countries, practice.Stage ?? string.Empty, practice.Trl, published);
        var document = new LuceneDocument
        {
            new StringField(Id, practice.Id.ToString("D"), Field.Store.NO),
            new StringField(Language, language, Field.Store.NO),
            new TextField(TextLanguages.TitleField(language), title, Field.Store.NO),
            new TextField(TextLanguages.SummaryField(language), summary, Field.Store.NO),
            new TextField(TextLanguages.BodyField(language), body, Field.Store.NO),
            new TextField(PracticeAnalyzers.PlainTitleField, title, Field.Store.NO),
            new TextField(PracticeAnalyzers.PlainTextField, summary + "\n" + body, Field.Store.NO),
            new TextField(PracticeAnalyzers.SuggestField, title, Field.Store.NO),
            new TextField(PracticeAnalyzers.SuggestGramField, title, Field.Store.NO),
            new BinaryDocValuesField(HitRecord.Field, hit.ToBytes()),
            new BinaryDocValuesField(HitRecord.BodyField, HitRecord.BodyBytes(body)),
            new NumericDocValuesField(SortPublished, published),
            new NumericDocValuesField(SortTrl, practice.Trl),
            new NumericDocValuesField(SortStageOrder, practice.StageOrder),
        };

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

    public static PracticeHit ToHit(HitRecord hit, string snippet, float score) => new(
        hit.Id, hit.Title, snippet, hit.Type, hit.Owner, hit.Countries, hit.Trl, hit.Stage,
        new DateTime(hit.PublishedTicks, DateTimeKind.Utc), float.IsNaN(score) ? 0 : score);
}
