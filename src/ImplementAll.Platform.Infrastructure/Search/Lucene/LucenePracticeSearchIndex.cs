using ImplementAll.Platform.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ImplementAll.Platform.Infrastructure.Search.Lucene;

/// <summary>
/// The embedded search engine: a Lucene.NET index in a folder, with one long-lived <see cref="IndexWriter"/> (the only
/// writer a folder may have) and a <see cref="SearcherManager"/> refreshed after every write, so searches run
/// concurrently on a consistent point-in-time view while writes go on. Scoring is BM25.
/// </summary>
public sealed class LucenePracticeSearchIndex : IPracticeSearchIndex, IDisposable
{
    /// <summary>Bumped whenever fields or analysis change; an index written by another version is emptied on open, to be rebuilt.</summary>
    private const string SchemaVersion = "3";
    private const string SchemaKey = "practiceSchema";

    private static readonly Similarity Bm25 = new BM25Similarity();

    private const int ParallelBatch = 1000;

    private readonly LuceneDirectory directory;
    private readonly PracticeAnalyzers analyzers = new();
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly TextQueryBuilder queries;
    private readonly SnippetHighlighter highlighter;
    private readonly TitleSuggester suggester;

    // Writes are serialised so each call commits and refreshes its own changes as a unit (IndexWriter itself is thread-safe).
    private readonly System.Threading.Lock writeGate = new();

    private LucenePracticeSearchIndex(LuceneDirectory directory)
    {
        this.directory = directory;
        var config = new IndexWriterConfig(PracticeAnalyzers.Version, analyzers.Indexing)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = Bm25,
            // A bigger buffer means fewer, larger segments during a full reindex.
            RAMBufferSizeMB = 128,
            // Fewer segments per tier than the default 10: every query term is looked up once per segment, and that
            // fixed cost dominates short queries; the price is more merging while writing.
            MergePolicy = new TieredMergePolicy { SegmentsPerTier = 4, MaxMergeAtOnce = 4 },
        };
        writer = new IndexWriter(directory, config);
        WasReset = EnsureSchema();
        searchers = new SearcherManager(writer, true /* applyAllDeletes */, new Bm25SearcherFactory());
        queries = new TextQueryBuilder(analyzers);
        highlighter = new SnippetHighlighter(analyzers);
        suggester = new TitleSuggester(analyzers);
    }

    /// <summary>True when an index of an older schema was found and emptied: the caller should reindex every practice.</summary>
    public bool WasReset { get; }

    /// <summary>Opens (or creates) the index in <paramref name="folder"/>. Only one process may open a folder at a time.</summary>
    public static LucenePracticeSearchIndex OpenFolder(string folder)
    {
        System.IO.Directory.CreateDirectory(folder);
        return new LucenePracticeSearchIndex(FSDirectory.Open(new DirectoryInfo(folder)));
    }

    /// <summary>An index in memory, for tests and benchmarks.</summary>
    public static LucenePracticeSearchIndex InMemory() => new(new RAMDirectory());

    public Task EnsureIndexAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.CompletedTask; // The constructor already created or checked the index.
    }

    public Task UpsertAsync(IReadOnlyCollection<PracticeDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        Write(cancellationToken, () =>
        {
            // IndexWriter analyzes documents on the calling thread, each thread into its own segment buffer, so a large
            // batch (a reindex) is spread over the cores; a small one is not worth the threads.
            var options = new ParallelOptions { MaxDegreeOfParallelism = documents.Count >= ParallelBatch ? Environment.ProcessorCount : 1 };
            Parallel.ForEach(documents, options, document =>
                writer.UpdateDocument(new Term(PracticeFields.Id, document.Id.ToString("D")), PracticeFields.ToLucene(document)));
        });
        return Task.CompletedTask;
    }

    public Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        Write(cancellationToken, () => writer.DeleteDocuments(ids.Select(id => new Term(PracticeFields.Id, id.ToString("D"))).ToArray()));
        return Task.CompletedTask;
    }

    public Task ClearAsync(CancellationToken cancellationToken)
    {
        Write(cancellationToken, writer.DeleteAll);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Merges the index into one segment. Much of a search's cost is paid once per segment (every word is looked up,
    /// and scorers, postings and the prefix clause's bit set are set up, in each), and a reindex leaves several; the
    /// merge writes the index once more, and searches go on over the old segments until it is committed.
    /// </summary>
    public Task ReindexFinishedAsync(CancellationToken cancellationToken)
    {
        Write(cancellationToken, () => writer.ForceMerge(1));
        return Task.CompletedTask;
    }

    /// <summary>Segments the searches currently run over.</summary>
    internal int SegmentCount
    {
        get
        {
            var searcher = searchers.Acquire();
            try
            {
                return searcher.IndexReader.Leaves.Count;
            }
            finally
            {
                searchers.Release(searcher);
            }
        }
    }

    public Task<PracticeSearchResult> SearchAsync(PracticeSearchQuery query, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var request = SearchRequest.From(query);
        var searcher = searchers.Acquire();
        try
        {
            return Task.FromResult(Search(searcher, request));
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public Task<IReadOnlyList<string>> SuggestAsync(string prefix, int max, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var searcher = searchers.Acquire();
        try
        {
            return Task.FromResult(suggester.Suggest(searcher, prefix ?? string.Empty, max));
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private PracticeSearchResult Search(IndexSearcher searcher, SearchRequest request)
    {
        var text = queries.Build(SearchText.Parse(request.Text), searcher.IndexReader);
        var maxDoc = Math.Max(1, searcher.IndexReader.MaxDoc);

        // Past the last possible hit, collect no hits at all but still count: the page is empty, Total and facets are not.
        var wanted = request.Skip + request.PageSize;
        var hits = request.Skip >= maxDoc
            ? null
            : TopFieldCollector.Create(SortFor(request.Sort), (int)Math.Min(wanted, maxDoc),
                false /* fillFields */, true /* trackDocScores */, false /* trackMaxScore */, true /* docsScoredInOrder */);
        var collector = new FacetingCollector(request.Filters, hits);
        Collect(searcher, text.Query, collector);

        var page = new List<PracticeHit>();
        if (hits is not null)
        {
            var records = new HitRecord.Reader(searcher.IndexReader);
            foreach (var scoreDoc in hits.GetTopDocs((int)request.Skip, request.PageSize).ScoreDocs)
            {
                var hit = records.Record(scoreDoc.Doc);
                var snippet = highlighter.Snippet(hit.Language, hit.Summary, () => records.Body(scoreDoc.Doc), text.Highlights);
                page.Add(PracticeFields.ToHit(hit, snippet, scoreDoc.Score));
            }
        }

        return new PracticeSearchResult(collector.TotalHits, page, collector.Facets(FacetLimits.For));
    }

    /// <summary>
    /// What <see cref="IndexSearcher.Search(Query, ICollector)"/> does, segment by segment, except that the documents
    /// the scorers may visit are the collector's <see cref="FacetingCollector.AcceptDocs"/> (the live documents that can
    /// count in some facet) rather than all live documents. The weight is the same, so scores are the same.
    /// </summary>
    private static void Collect(IndexSearcher searcher, Query query, FacetingCollector collector)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            collector.SetNextReader(leaf);
            var scorer = weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, collector.AcceptDocs(leaf));
            scorer?.Score(collector);
        }
    }

    /// <summary>Relevance ties (and match-all searches) fall back to newest first; maturity is TRL, then stage, then recency.</summary>
    private static Sort SortFor(PracticeSort sort) => sort switch
    {
        PracticeSort.Recency => new Sort(Newest()),
        PracticeSort.Maturity => new Sort(
            new SortField(PracticeFields.SortTrl, SortFieldType.INT32, true),
            new SortField(PracticeFields.SortStageOrder, SortFieldType.INT32, true),
            Newest()),
        _ => new Sort(SortField.FIELD_SCORE, Newest()),
    };

    private static SortField Newest() => new(PracticeFields.SortPublished, SortFieldType.INT64, true);

    /// <summary>
    /// Cancellation is honoured before a write starts, not half-way: a batch is applied and committed whole, so a
    /// cancelled request never leaves part of a batch visible.
    /// </summary>
    private void Write(CancellationToken cancellationToken, Action change)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (writeGate)
        {
            change();
            writer.Commit();
            searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>Stamps the schema version into the commit data; documents written under another version are removed.</summary>
    private bool EnsureSchema()
    {
        var reset = writer.MaxDoc > 0
            && (!writer.CommitData.TryGetValue(SchemaKey, out var version) || version != SchemaVersion);
        if (reset)
        {
            writer.DeleteAll();
        }

        writer.SetCommitData(new Dictionary<string, string> { [SchemaKey] = SchemaVersion });
        writer.Commit();
        return reset;
    }

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
        analyzers.Dispose();
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Bm25 };
    }
}
