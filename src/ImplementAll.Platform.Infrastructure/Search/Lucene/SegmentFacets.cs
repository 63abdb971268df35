using System.Runtime.CompilerServices;
using ImplementAll.Platform.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ImplementAll.Platform.Infrastructure.Search.Lucene;

/// <summary>
/// One segment's facet values, read once from its SortedSetDocValues into one flat array for all nine facets: per
/// document, the ids of its values (<see cref="FacetValueIds"/>, the same id in every segment), so that counting needs
/// no per-segment translation of ordinals and one pass over a document's values both checks every filter and counts
/// every facet. Lucene.Net.Facet is not available here; reading doc values per hit through the codec costs far more
/// than an array lookup, and a segment never changes once written (deletions are applied by the searcher), so the
/// arrays are cached for the segment's life.
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = new();

    /// <summary>By value id: its documents as a bit set when it is held by many, else null.</summary>
    private readonly long[]?[] denseDocs;

    private SegmentFacets(int[] starts, int[] ids, int idLimit)
    {
        Starts = starts;
        Ids = ids;
        IdLimit = idLimit;

        // The transpose: per value id, its documents in order (for the pre-filter, which visits only selected values).
        var docStarts = new int[idLimit + 1];
        foreach (var id in ids)
        {
            docStarts[id + 1]++;
        }

        for (var id = 0; id < idLimit; id++)
        {
            docStarts[id + 1] += docStarts[id];
        }

        var docs = new int[ids.Length];
        var next = docStarts[..idLimit];
        for (var doc = 0; doc + 1 < starts.Length; doc++)
        {
            for (var i = starts[doc]; i < starts[doc + 1]; i++)
            {
                docs[next[ids[i]]++] = doc;
            }
        }

        DocStarts = docStarts;
        Docs = docs;

        // A value held by one document in 64 or more gets its documents as a bit set too: OR-ing its words is then
        // cheaper than setting its documents' bits one by one, and the set is no larger than its document list.
        var maxDoc = starts.Length - 1;
        var words = FixedBitSet.Bits2words(maxDoc);
        denseDocs = new long[]?[idLimit];
        for (var id = 0; id < idLimit; id++)
        {
            if ((long)(docStarts[id + 1] - docStarts[id]) * 64 >= maxDoc && maxDoc > 0)
            {
                var bits = new long[words];
                for (var i = docStarts[id]; i < docStarts[id + 1]; i++)
                {
                    bits[docs[i] >> 6] |= 1L << docs[i];
                }

                denseDocs[id] = bits;
            }
        }
    }

    /// <summary>A document's value ids are <see cref="Ids"/>[<see cref="Starts"/>[doc]..<see cref="Starts"/>[doc+1]] (CSR layout), every facet's together.</summary>
    public int[] Starts { get; }

    public int[] Ids { get; }

    /// <summary>The documents holding value id <c>v</c> are <see cref="Docs"/>[<see cref="DocStarts"/>[v]..<see cref="DocStarts"/>[v+1]], ascending.</summary>
    public int[] DocStarts { get; }

    public int[] Docs { get; }

    public int MaxDoc => Starts.Length - 1;

    /// <summary>Sets the bits of value id <paramref name="id"/>'s documents in <paramref name="set"/> (a bit set over the segment's documents).</summary>
    public void AddDocs(int id, Span<long> set)
    {
        if (denseDocs[id] is { } bits)
        {
            for (var w = 0; w < set.Length; w++)
            {
                set[w] |= bits[w];
            }

            return;
        }

        var docs = Docs;
        for (var i = DocStarts[id]; i < DocStarts[id + 1]; i++)
        {
            set[docs[i] >> 6] |= 1L << docs[i];
        }
    }

    /// <summary>Every id in this segment is below this.</summary>
    public int IdLimit { get; }

    /// <summary>Keyed by the segment core, which outlives reopened readers; dropped when the segment is merged away and collected.</summary>
    public static SegmentFacets For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Read(reader));

    private static SegmentFacets Read(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        var facets = PracticeFacets.All;

        // Per facet: this segment's ordinal to the shared value id.
        var docValues = new SortedSetDocValues?[facets.Count];
        var idByOrd = new int[facets.Count][];
        var idLimit = 0;
        var bytes = new BytesRef();
        for (var facet = 0; facet < facets.Count; facet++)
        {
            var values = reader.GetSortedSetDocValues(facets[facet]);
            docValues[facet] = values;
            var names = new string[values?.ValueCount ?? 0];
            for (var ord = 0; ord < names.Length; ord++)
            {
                values!.LookupOrd(ord, bytes);
                names[ord] = bytes.Utf8ToString();
            }

            idByOrd[facet] = FacetValueIds.For(facet, names);
            foreach (var id in idByOrd[facet])
            {
                idLimit = Math.Max(idLimit, id + 1);
            }
        }

        var starts = new int[maxDoc + 1];
        var all = new List<int>(maxDoc * 8);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = all.Count;
            for (var facet = 0; facet < facets.Count; facet++)
            {
                if (docValues[facet] is not { } values)
                {
                    continue;
                }

                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                {
                    all.Add(idByOrd[facet][ord]);
                }
            }
        }

        starts[maxDoc] = all.Count;
        return new SegmentFacets(starts, [.. all], idLimit);
    }
}

/// <summary>
/// A process-wide id for every (facet, value) pair any segment has held, so that counts from all segments land in one
/// array without looking strings up per segment. Ids are never reused; the table grows only with the facets'
/// vocabularies (codes and names chosen by editors and curators, never by searchers: a filter value no segment holds
/// gets no id).
/// </summary>
internal static class FacetValueIds
{
    private static readonly System.Threading.Lock Gate = new();
    private static readonly Dictionary<(int Facet, string Value), int> Ids = [];

    // Copy-on-write arrays, so readers never lock: an id below Count is always present in both.
    private static volatile Entry[] entries = [];

    internal readonly record struct Entry(int Facet, string Value);

    /// <summary>Ids handed out so far; every id is below this.</summary>
    public static int Count => entries.Length;

    public static Entry[] Snapshot => entries;

    /// <summary>The ids of one facet's values, creating those not seen before (called only while reading a segment).</summary>
    public static int[] For(int facet, IReadOnlyList<string> values)
    {
        var ids = new int[values.Count];
        lock (Gate)
        {
            List<Entry>? added = null;
            for (var i = 0; i < values.Count; i++)
            {
                if (!Ids.TryGetValue((facet, values[i]), out var id))
                {
                    added ??= [];
                    id = entries.Length + added.Count;
                    Ids[(facet, values[i])] = id;
                    added.Add(new Entry(facet, values[i]));
                }

                ids[i] = id;
            }

            if (added is not null)
            {
                entries = [.. entries, .. added];
            }
        }

        return ids;
    }

    /// <summary>The id of a value some segment holds, or -1.</summary>
    public static int Find(int facet, string value)
    {
        lock (Gate)
        {
            return Ids.TryGetValue((facet, value), out var id) ? id : -1;
        }
    }
}
