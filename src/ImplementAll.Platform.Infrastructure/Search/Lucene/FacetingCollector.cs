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
/// values' documents alone (word-wide bit sets, not document by document), and the search passes that to the scorers
/// as the accepted documents (with the live ones). Scoring and counting then visit only documents that count, and scores are unchanged (accepted documents
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

    /// <summary>Per filtered facet (two or more): its bit and its selected values' ids.</summary>
    private (int Bit, int[] Ids)[] filteredFacets = [];

    /// <summary>
    /// For the current segment when pre-filtered, per filtered facet in turn, the documents passing it: facet
    /// <c>f</c>'s bit set is the <see cref="words"/> longs from <c>f * words</c>.
    /// </summary>
    private long[]? passing;

    private int words;

    // Per thread, reused by every search on it (a search runs on one thread from start to end): the filtered facets'
    // passing documents and the accepted documents of a segment, so that pre-filtering a segment allocates nothing.
    [ThreadStatic]
    private static long[]? passingScratch;

    [ThreadStatic]
    private static long[]? acceptedScratch;

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
        passing = null;
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
        var filtered = filteredFacets;
        if (filtered.Length < 2 || segment is not { } facets)
        {
            return live;
        }

        // Only documents holding some selected value can pass a filter, so one bit set per filtered facet (the OR of
        // its selected values' documents) says which documents pass it, and word by word the documents failing at
        // most one of them are those not marked twice in "failed once" / "failed twice" masks.
        var maxDoc = facets.MaxDoc;
        var words = FixedBitSet.Bits2words(maxDoc);
        var size = filtered.Length * words;
        var pass = passingScratch is { } p && p.Length >= size ? p : passingScratch = new long[size];
        Array.Clear(pass, 0, size);
        for (var f = 0; f < filtered.Length; f++)
        {
            var set = pass.AsSpan(f * words, words);
            foreach (var id in filtered[f].Ids)
            {
                if (id < facets.IdLimit)
                {
                    facets.AddDocs(id, set);
                }
            }
        }

        var bits = acceptedScratch is { } a && a.Length >= words ? a : acceptedScratch = new long[words];
        for (var w = 0; w < words; w++)
        {
            long once = 0, twice = 0;
            for (var f = 0; f < filtered.Length; f++)
            {
                var fails = ~pass[f * words + w];
                twice |= once & fails;
                once |= fails;
            }

            bits[w] = ~twice;
        }

        if ((maxDoc & 63) != 0)
        {
            bits[words - 1] &= (1L << maxDoc) - 1;
        }

        var accepted = new FixedBitSet(bits, maxDoc);
        if (live is not null)
        {
            for (var doc = accepted.NextSetBit(0); doc >= 0; doc = doc + 1 < maxDoc ? accepted.NextSetBit(doc + 1) : -1)
            {
                if (!live.Get(doc))
                {
                    accepted.Clear(doc);
                }
            }
        }

        passing = pass;
        this.words = words;
        return accepted;
    }

    public void Collect(int doc)
    {
        var ids = this.ids;
        var start = starts[doc];
        var end = starts[doc + 1];
        var failed = filteredMask;
        if (passing is { } pass)
        {
            var filtered = filteredFacets;
            var word = doc >> 6;
            for (var f = 0; f < filtered.Length; f++)
            {
                if ((pass[f * words + word] & (1L << doc)) != 0)
                {
                    failed &= ~filtered[f].Bit;
                }
            }
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
        var filtered = new List<(int Bit, int[] Ids)>();
        for (var facet = 0; facet < facets.Count; facet++)
        {
            if (!filters.TryGetValue(facets[facet], out var selected))
            {
                continue;
            }

            var chosen = new List<int>();
            foreach (var value in selected)
            {
                if (FacetValueIds.Find(facet, value) is var id and >= 0 && id < size)
                {
                    passBits[id] = 1 << facet;
                    chosen.Add(id);
                }
            }

            filtered.Add((1 << facet, [.. chosen]));
        }

        filteredFacets = [.. filtered];
    }
}
