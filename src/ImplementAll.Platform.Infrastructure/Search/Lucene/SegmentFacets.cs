using System.Runtime.CompilerServices;
using ImplementAll.Platform.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ImplementAll.Platform.Infrastructure.Search.Lucene;

/// <summary>
/// One segment's facet values, read once from its SortedSetDocValues into flat arrays. Lucene.Net.Facet is not
/// available here; reading doc values per hit through the codec costs far more than an array lookup, and a segment
/// never changes once written (deletions are applied by the searcher), so the arrays are cached for the segment's life.
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = new();

    private SegmentFacets(FacetColumn[] columns) => Columns = columns;

    /// <summary>Indexed like <see cref="PracticeFacets.All"/>.</summary>
    public FacetColumn[] Columns { get; }

    /// <summary>Keyed by the segment core, which outlives reopened readers; dropped when the segment is merged away and collected.</summary>
    public static SegmentFacets For(AtomicReader reader) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(PracticeFacets.All.Select(f => FacetColumn.Read(reader, f)).ToArray()));
}

/// <summary>Per document, the ordinals of its values (CSR layout: <see cref="Ords"/>[<see cref="Starts"/>[doc]..<see cref="Starts"/>[doc+1]]).</summary>
internal sealed class FacetColumn
{
    private FacetColumn(int[] starts, int[] ords, string[] values)
    {
        Starts = starts;
        Ords = ords;
        Values = values;
        OrdByValue = new Dictionary<string, int>(values.Length, StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            OrdByValue[values[i]] = i;
        }
    }

    public int[] Starts { get; }
    public int[] Ords { get; }

    /// <summary>Ordinal to value, sorted (doc values ordinals are in term order).</summary>
    public string[] Values { get; }

    public Dictionary<string, int> OrdByValue { get; }

    public static FacetColumn Read(AtomicReader reader, string field)
    {
        var maxDoc = reader.MaxDoc;
        var starts = new int[maxDoc + 1];
        var docValues = reader.GetSortedSetDocValues(field);
        if (docValues is null)
        {
            return new FacetColumn(starts, [], []);
        }

        var ords = new List<int>(maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ords.Count;
            docValues.SetDocument(doc);
            for (var ord = docValues.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = docValues.NextOrd())
            {
                ords.Add((int)ord);
            }
        }

        starts[maxDoc] = ords.Count;
        var values = new string[docValues.ValueCount];
        var bytes = new BytesRef();
        for (var ord = 0; ord < values.Length; ord++)
        {
            docValues.LookupOrd(ord, bytes);
            values[ord] = bytes.Utf8ToString();
        }

        return new FacetColumn(starts, [.. ords], values);
    }
}
