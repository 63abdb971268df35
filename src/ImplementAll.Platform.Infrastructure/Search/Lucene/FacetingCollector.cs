using ImplementAll.Platform.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImplementAll.Platform.Infrastructure.Search.Lucene;

/// <summary>
/// Runs over every document matching the text, once, and does three things ("drill sideways" in one pass):
/// a document passing every facet filter is a hit (passed to the top-N collector) and counts in every facet;
/// a document failing exactly one facet's filter counts only in that facet, which is what "a facet's counts ignore its
/// own filter but apply the others" means; a document failing two or more counts nowhere.
/// Filters are checked here against the cached facet arrays rather than as a query: the work is proportional to the
/// documents the text matches, and profiles showed a filter query (or a per-segment filter bitset) costing more.
/// </summary>
internal sealed class FacetingCollector : ICollector
{
    private readonly ICollector? hits;
    private readonly int[] filteredFacets;
    private readonly HashSet<string>[] selected;
    private readonly Dictionary<string, int>[] totals;

    // Per segment: the columns, which of each filtered facet's ordinals are selected, and counts by ordinal.
    private FacetColumn[] columns = [];
    private bool[][] selectedOrds = [];
    private int[][] counts = [];

    /// <param name="filters">Facet name to accepted values (OR); facets absent are not filtered.</param>
    /// <param name="hits">Receives the documents passing every filter; null when the page is past the end.</param>
    public FacetingCollector(IReadOnlyDictionary<string, IReadOnlyList<string>> filters, ICollector? hits)
    {
        this.hits = hits;
        var facets = PracticeFacets.All;
        filteredFacets = Enumerable.Range(0, facets.Count).Where(i => filters.ContainsKey(facets[i])).ToArray();
        selected = facets.Select(f => filters.TryGetValue(f, out var v) ? v.ToHashSet(StringComparer.Ordinal) : []).ToArray();
        totals = facets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    }

    /// <summary>Documents passing every filter.</summary>
    public long TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => hits?.AcceptsDocsOutOfOrder ?? true;

    public void SetScorer(Scorer scorer) => hits?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        columns = SegmentFacets.For(context.AtomicReader).Columns;
        counts = new int[columns.Length][];
        for (var facet = 0; facet < columns.Length; facet++)
        {
            counts[facet] = new int[columns[facet].Values.Length];
        }

        selectedOrds = new bool[columns.Length][];
        foreach (var facet in filteredFacets)
        {
            var column = columns[facet];
            var accepted = new bool[column.Values.Length];
            foreach (var value in selected[facet])
            {
                if (column.OrdByValue.TryGetValue(value, out var ord))
                {
                    accepted[ord] = true;
                }
            }

            selectedOrds[facet] = accepted;
        }

        hits?.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var failed = -1;
        foreach (var facet in filteredFacets)
        {
            if (!Accepts(facet, doc))
            {
                if (failed >= 0)
                {
                    return;
                }

                failed = facet;
            }
        }

        if (failed >= 0)
        {
            Count(failed, doc);
            return;
        }

        TotalHits++;
        hits?.Collect(doc);
        for (var facet = 0; facet < columns.Length; facet++)
        {
            Count(facet, doc);
        }
    }

    /// <summary>Counts per facet, highest first then by value, at most <paramref name="limit"/> values each.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets(Func<string, int> limit)
    {
        Flush();
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        for (var i = 0; i < totals.Length; i++)
        {
            var facet = PracticeFacets.All[i];
            result[facet] = totals[i]
                .OrderByDescending(kv => kv.Value)
                .ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Take(limit(facet))
                .Select(kv => new FacetValue(kv.Key, kv.Value))
                .ToList();
        }

        return result;
    }

    private bool Accepts(int facet, int doc)
    {
        var column = columns[facet];
        var accepted = selectedOrds[facet];
        for (var i = column.Starts[doc]; i < column.Starts[doc + 1]; i++)
        {
            if (accepted[column.Ords[i]])
            {
                return true;
            }
        }

        return false;
    }

    private void Count(int facet, int doc)
    {
        var column = columns[facet];
        var facetCounts = counts[facet];
        for (var i = column.Starts[doc]; i < column.Starts[doc + 1]; i++)
        {
            facetCounts[column.Ords[i]]++;
        }
    }

    /// <summary>Ordinals are per segment: turn the finished segment's counts into values before moving on.</summary>
    private void Flush()
    {
        for (var facet = 0; facet < counts.Length; facet++)
        {
            var facetCounts = counts[facet];
            for (var ord = 0; ord < facetCounts.Length; ord++)
            {
                if (facetCounts[ord] > 0)
                {
                    var value = columns[facet].Values[ord];
                    totals[facet][value] = totals[facet].GetValueOrDefault(value) + facetCounts[ord];
                }
            }
        }

        counts = [];
    }
}
