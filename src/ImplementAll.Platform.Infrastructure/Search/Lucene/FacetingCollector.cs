using System.Numerics;
using ImplementAll.Platform.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ImplementAll.Platform.Infrastructure.Search.Lucene;

/// <summary>
/// Runs over every document matching the text, once, and does three things ("drill sideways" in one pass):
/// a document passing every facet filter is a hit (passed to the top-N collector) and counts in every facet;
/// a document failing exactly one facet's filter counts only in that facet, which is what "a facet's counts ignore its
/// own filter but apply the others" means; a document failing two or more counts nowhere.
/// Filters are checked here against the cached facet arrays rather than as a query: the work is proportional to the
/// documents the text matches, and profiles showed a filter query (or a per-segment filter bitset) costing more.
/// <para>
/// One pass over a document's value ids (<see cref="SegmentFacets"/>) does both: each id carries the bit of its facet
/// when it is a selected value (<c>passBits</c>), so OR-ing them gives the filtered facets the document passes, and the
/// missing bits are the facets it fails. Counts go into one array indexed by value id, for all facets and segments.
/// </para>
/// <para>
/// With two or more facets filtered, most documents fail two filters and count nowhere, so there is no point in scoring
/// them: <see cref="AcceptDocs"/> marks, per segment, the documents failing at most one filter, from the selected
/// values' document lists alone, and the search passes that to the scorers as the accepted documents (with the live
/// ones). Scoring and counting then visit only documents that count, and scores are unchanged (accepted documents
/// only skip, never weigh).
/// </para>
/// </summary>
internal sealed class FacetingCollector : ICollector
{
    private readonly ICollector? hits;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> filters;

    /// <summary>Bit i set when facet i (in <see cref="PracticeFacets.All"/>) is filtered.</summary>
    private readonly int filteredMask;

    /// <summary>By value id: the bit of the value's facet when the value is selected, else 0.</summary>
    private int[] passBits = [];

    /// <summary>By value id.</summary>
    private int[] counts = [];

    /// <summary>By value id, the bit of its facet (for documents failing one filter, which count only in that facet).</summary>
    private int[] facetBits = [];

    private int[] starts = [];
    private int[] ids = [];
    private SegmentFacets? segment;

    /// <summary>The selected values' ids, each with its facet's bit.</summary>
    private (int Id, ushort Bit)[] selectedIds = [];

    /// <summary>For the current segment when pre-filtered: by document, the bits of the filtered facets it passes.</summary>
    private ushort[]? passed;

    // Per thread, reused by every search on it (a search runs on one thread from start to end): a segment's pass bits
    // and accepted documents, so that pre-filtering a segment allocates nothing.
    [ThreadStatic]
    private static ushort[]? passedScratch;

    [ThreadStatic]
    private static long[]? acceptedScratch;

    [ThreadStatic]
    private static List<int>? seenScratch;

    /// <param name="filters">Facet name to accepted values (OR); facets absent are not filtered.</param>
    /// <param name="hits">Receives the documents passing every filter; null when the page is past the end.</param>
    public FacetingCollector(IReadOnlyDictionary<string, IReadOnlyList<string>> filters, ICollector? hits)
    {
        this.hits = hits;
        this.filters = filters;
        var facets = PracticeFacets.All;
        for (var facet = 0; facet < facets.Count; facet++)
        {
            if (filters.ContainsKey(facets[facet]))
            {
                filteredMask |= 1 << facet;
            }
        }
    }

    /// <summary>Documents passing every filter.</summary>
    public long TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => hits?.AcceptsDocsOutOfOrder ?? true;

    public void SetScorer(Scorer scorer) => hits?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        var segment = SegmentFacets.For(context.AtomicReader);
        this.segment = segment;
        passed = null;
        starts = segment.Starts;
        ids = segment.Ids;
        if (segment.IdLimit > counts.Length)
        {
            Grow(segment.IdLimit);
        }

        hits?.SetNextReader(context);
    }

    /// <summary>
    /// The documents of the segment just set (<see cref="SetNextReader"/>) that can count: live, and failing at most
    /// one filter. Only the live documents when fewer than two facets are filtered (then every document can count).
    /// </summary>
    public IBits? AcceptDocs(AtomicReaderContext context)
    {
        var live = context.AtomicReader.LiveDocs;
        if (BitOperations.PopCount((uint)filteredMask) < 2 || segment is not { } facets)
        {
            return live;
        }

        // Only documents holding some selected value can pass a filter, and one failing at most one of two or more
        // filters passes some: so the selected values' document lists hold every candidate, and no other document is
        // looked at. Each is noted the first time it is seen.
        var maxDoc = facets.MaxDoc;
        var pass = passedScratch is { } p && p.Length >= maxDoc ? p : passedScratch = new ushort[maxDoc];
        Array.Clear(pass, 0, maxDoc);
        var seen = seenScratch ??= new List<int>();
        seen.Clear();
        var docs = facets.Docs;
        foreach (var (id, bit) in selectedIds)
        {
            if (id < facets.IdLimit)
            {
                for (var i = facets.DocStarts[id]; i < facets.DocStarts[id + 1]; i++)
                {
                    var doc = docs[i];
                    if (pass[doc] == 0)
                    {
                        seen.Add(doc);
                    }

                    pass[doc] |= bit;
                }
            }
        }

        var words = FixedBitSet.Bits2words(maxDoc);
        var bits = acceptedScratch is { } a && a.Length >= words ? a : acceptedScratch = new long[words];
        Array.Clear(bits, 0, words);
        var mask = filteredMask;
        foreach (var doc in seen)
        {
            var failed = mask & ~pass[doc];
            if ((failed & (failed - 1)) == 0 && (live is null || live.Get(doc)))
            {
                bits[doc >> 6] |= 1L << doc;
            }
        }

        passed = pass;
        return new FixedBitSet(bits, maxDoc);
    }

    public void Collect(int doc)
    {
        var ids = this.ids;
        var start = starts[doc];
        var end = starts[doc + 1];
        var failed = filteredMask;
        if (passed is { } pass)
        {
            failed &= ~pass[doc];
        }
        else if (failed != 0)
        {
            var passBits = this.passBits;
            for (var i = start; i < end; i++)
            {
                failed &= ~passBits[ids[i]];
            }
        }

        var counts = this.counts;
        if (failed == 0)
        {
            TotalHits++;
            hits?.Collect(doc);
            for (var i = start; i < end; i++)
            {
                counts[ids[i]]++;
            }
        }
        else if ((failed & (failed - 1)) == 0)
        {
            // Exactly one filter failed: the document counts in that facet only.
            var facetBits = this.facetBits;
            for (var i = start; i < end; i++)
            {
                if (facetBits[ids[i]] == failed)
                {
                    counts[ids[i]]++;
                }
            }
        }
    }

    /// <summary>Counts per facet, highest first then by value, at most <paramref name="limit"/> values each.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets(Func<string, int> limit)
    {
        var facets = PracticeFacets.All;
        var entries = FacetValueIds.Snapshot;
        var perFacet = new List<FacetValue>[facets.Count];
        for (var facet = 0; facet < perFacet.Length; facet++)
        {
            perFacet[facet] = [];
        }

        for (var id = 0; id < counts.Length; id++)
        {
            if (counts[id] > 0)
            {
                perFacet[entries[id].Facet].Add(new FacetValue(entries[id].Value, counts[id]));
            }
        }

        var result = new Dictionary<string, IReadOnlyList<FacetValue>>(facets.Count, StringComparer.Ordinal);
        for (var facet = 0; facet < facets.Count; facet++)
        {
            var values = perFacet[facet];
            values.Sort(static (a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
            var max = limit(facets[facet]);
            if (values.Count > max)
            {
                values.RemoveRange(max, values.Count - max);
            }

            result[facets[facet]] = values;
        }

        return result;
    }

    /// <summary>
    /// Sizes the per-id arrays to the ids handed out so far (a segment read for the first time may add some), and marks
    /// the selected values among them.
    /// </summary>
    private void Grow(int idLimit)
    {
        var entries = FacetValueIds.Snapshot;
        var size = Math.Max(idLimit, entries.Length);
        Array.Resize(ref counts, size);
        passBits = new int[size];
        facetBits = new int[size];
        for (var id = 0; id < size; id++)
        {
            facetBits[id] = 1 << entries[id].Facet;
        }

        var facets = PracticeFacets.All;
        var chosen = new List<(int Id, ushort Bit)>();
        for (var facet = 0; facet < facets.Count; facet++)
        {
            if (!filters.TryGetValue(facets[facet], out var selected))
            {
                continue;
            }

            foreach (var value in selected)
            {
                if (FacetValueIds.Find(facet, value) is var id and >= 0 && id < size)
                {
                    passBits[id] = 1 << facet;
                    chosen.Add((id, (ushort)(1 << facet)));
                }
            }
        }

        selectedIds = [.. chosen];
    }
}
