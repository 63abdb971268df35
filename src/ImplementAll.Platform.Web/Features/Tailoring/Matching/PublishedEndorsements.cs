using System.Text.Json;
using ImplementAll.Platform.Web.Features.Reference;
using static ImplementAll.Platform.Web.Features.Tailoring.Matching.ReferenceJson;

namespace ImplementAll.Platform.Web.Features.Tailoring.Matching;

/// <summary>
/// What the shipped reference data says about one barrier-strategy pair: a percentage (and count of respondents), or
/// only a level. <see cref="SourceNote"/> names the part of the file it was read from.
/// </summary>
public sealed record PublishedPair(string BarrierId, string StrategyId, EvidenceKind Kind, double? Percent, int? Count, int? Respondents, string SourceNote);

/// <summary>How many Level 1 and Level 2 strategies a barrier has according to Waltz 2019 Table 2 (not which ones).</summary>
public sealed record PublishedLevelCounts(int Level1, int Level2);

/// <summary>
/// The CFIR-ERIC matching data shipped in <c>cfir-eric-matching.json</c>, read by shape rather than by group id:
/// an object with a barrier and <c>level1_count</c> is a Table 2 count; an object with a strategy (and a barrier of
/// its own or of the list holding it) is a pair. An operator who switches the file off leaves this empty.
/// </summary>
public sealed class PublishedEndorsements
{
    public const string TaxonomyKey = "cfir-eric-matching";

    private readonly Dictionary<string, Dictionary<string, PublishedPair>> pairs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PublishedLevelCounts> counts = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, PublishedPair> ForBarrier(string barrierId) =>
        pairs.TryGetValue(barrierId, out var found) ? found : new Dictionary<string, PublishedPair>();

    public PublishedLevelCounts? LevelCounts(string barrierId) => counts.GetValueOrDefault(barrierId);

    public static PublishedEndorsements From(ReferenceCatalogue catalogue)
    {
        var published = new PublishedEndorsements();
        if (catalogue.Enabled(TaxonomyKey) is { } taxonomy)
        {
            published.Walk(taxonomy.Items, null, null, TaxonomyKey);
        }

        return published;
    }

    private void Walk(JsonElement element, string? barrier, int? respondents, string source)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in element.EnumerateArray())
            {
                Walk(child, barrier, respondents, source);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        barrier = Text(element, "barrier") ?? barrier;
        respondents = (int?)Number(element, "respondents") ?? respondents;
        if (barrier is not null && Number(element, "level1_count") is { } level1)
        {
            counts[barrier] = new PublishedLevelCounts((int)level1, (int)(Number(element, "level2_count") ?? 0));
        }
        else if (barrier is not null && Text(element, "strategy") is { } strategy)
        {
            Add(barrier, strategy, element, respondents, source);
        }

        // A group's name says where its rows come from (for example "... (Waltz 2019 Table 1)").
        var groupSource = Text(element, "name") is { } name ? $"{TaxonomyKey}.json: {name}" : source;
        foreach (var property in element.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array))
        {
            Walk(property.Value, barrier, respondents, groupSource);
        }
    }

    private void Add(string barrier, string strategy, JsonElement row, int? respondents, string source)
    {
        var percent = Number(row, "endorsement_pct");
        var kind = percent is not null ? EvidenceKind.Endorsement
            : Text(row, "level") switch
            {
                "1" => EvidenceKind.Level1,
                "2" => EvidenceKind.Level2,
                "1-or-2" => EvidenceKind.Level1Or2,
                // "below-20" without a percentage says only that the pair is not Level 1 or 2: nothing to rank on.
                _ => EvidenceKind.Unrated,
            };
        if (kind == EvidenceKind.Unrated)
        {
            return;
        }

        var evidence = Text(row, "evidence") is { } cited ? $"{source} ({cited})" : source;
        var pair = new PublishedPair(barrier, strategy, kind, percent, (int?)Number(row, "count"), percent is null ? null : respondents, evidence);
        var forBarrier = pairs.TryGetValue(barrier, out var existing) ? existing : (pairs[barrier] = new(StringComparer.Ordinal));
        // A pair listed twice keeps its best evidence (a percentage beats a level).
        if (!forBarrier.TryGetValue(strategy, out var known) || Evidence.Compare(pair.Kind, pair.Percent, known.Kind, known.Percent) < 0)
        {
            forBarrier[strategy] = pair;
        }
    }
}
