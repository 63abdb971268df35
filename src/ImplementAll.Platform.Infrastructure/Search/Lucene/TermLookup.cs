using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImplementAll.Platform.Infrastructure.Search.Lucene;

/// <summary>
/// One query's term look-ups: each term is sought once per segment, with one enumerator per segment and field,
/// and the result handed to its TermQuery (which would otherwise seek again, with a fresh enumerator each time).
/// A term no segment holds yields no query at all, so the many language fields a word does not occur in cost one
/// seek each and nothing more: no weight, no scorer. In profiles, look-ups were the largest fixed cost of a query.
/// The enumerators are borrowed from <see cref="TermsEnumPool"/> and given back on <see cref="Dispose"/>: a query
/// seeks in some twenty fields of every segment, and a new block-tree enumerator each time (frames, FST arcs, a clone
/// of the file) was most of the memory a search allocated.
/// </summary>
internal sealed class TermLookup(IndexReader reader) : IDisposable
{
    private readonly IndexReaderContext top = reader.Context;
    private readonly IList<AtomicReaderContext> leaves = reader.Leaves;
    private readonly Dictionary<(int Leaf, string Field), TermsEnum?> enumerators = [];
    private readonly Dictionary<Term, TermContext?> contexts = [];

    /// <summary>A TermQuery with its look-up done, or null when no document has the term.</summary>
    public TermQuery? Query(string field, string text)
    {
        var term = new Term(field, text);
        var context = Context(term);
        return context is null ? null : new TermQuery(term, context);
    }

    public bool Exists(string field, string text) => Context(new Term(field, text)) is not null;

    public int DocFreq(string field, string text) => Context(new Term(field, text))?.DocFreq ?? 0;

    public void Dispose()
    {
        foreach (var ((leaf, field), terms) in enumerators)
        {
            if (terms is not null)
            {
                TermsEnumPool.For(leaves[leaf].AtomicReader).Return(field, terms);
            }
        }

        enumerators.Clear();
    }

    private TermContext? Context(Term term)
    {
        if (contexts.TryGetValue(term, out var known))
        {
            return known;
        }

        TermContext? context = null;
        for (var i = 0; i < leaves.Count; i++)
        {
            var leaf = leaves[i];
            var terms = Enumerator(leaf, term.Field);
            if (terms is not null && terms.SeekExact(term.Bytes))
            {
                context ??= new TermContext(top);
                context.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
            }
        }

        contexts[term] = context;
        return context;
    }

    private TermsEnum? Enumerator(AtomicReaderContext leaf, string field)
    {
        if (!enumerators.TryGetValue((leaf.Ord, field), out var terms))
        {
            terms = TermsEnumPool.For(leaf.AtomicReader).Rent(leaf.AtomicReader, field);
            enumerators[(leaf.Ord, field)] = terms;
        }

        return terms;
    }
}

/// <summary>
/// Term enumerators of one segment core, by field, kept between queries. An enumerator is used by one query at a time
/// (rented, then returned); any seek repositions it completely, and the term states taken from it are copies. Keyed by
/// the core like <see cref="SegmentFacets"/>, so a pool lives exactly as long as its segment, and an enumerator is only
/// ever rented through a reader that holds the segment open.
/// </summary>
internal sealed class TermsEnumPool
{
    /// <summary>Idle enumerators kept per field: about the number of searches that run at once.</summary>
    private const int MaxIdlePerField = 16;

    private static readonly ConditionalWeakTable<object, TermsEnumPool> Pools = new();

    private readonly System.Threading.Lock gate = new();
    private readonly Dictionary<string, Stack<TermsEnum>> idle = new(StringComparer.Ordinal);

    public static TermsEnumPool For(AtomicReader reader) => Pools.GetValue(reader.CoreCacheKey, static _ => new TermsEnumPool());

    /// <summary>An idle enumerator of the field, or a new one; null when the segment has no such field.</summary>
    public TermsEnum? Rent(AtomicReader reader, string field)
    {
        lock (gate)
        {
            if (idle.TryGetValue(field, out var stack) && stack.TryPop(out var terms))
            {
                return terms;
            }
        }

        return reader.GetTerms(field)?.GetEnumerator();
    }

    public void Return(string field, TermsEnum terms)
    {
        lock (gate)
        {
            if (!idle.TryGetValue(field, out var stack))
            {
                stack = new Stack<TermsEnum>();
                idle[field] = stack;
            }

            if (stack.Count < MaxIdlePerField)
            {
                stack.Push(terms);
            }
        }
    }
}
