using System.Text.Json;
using System.Text.Json.Nodes;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Reference;
using ImplementAll.Platform.Web.Features.Tailoring.Matching;

namespace ImplementAll.Platform.UnitTests;

public sealed class StrategyMatcherTests
{
    private static readonly string Web = Path.Combine(RepositoryRoot.Find(), "src", "ImplementAll.Platform.Web", "Features");
    private static readonly string ReferenceData = Path.Combine(Web, "Reference", "Data");
    private static readonly string MapPath = Path.Combine(Web, "Tailoring", "Matching", BarrierThemeMap.FileName);

    [Fact]
    public void The_barrier_with_a_complete_published_list_is_ranked_in_its_published_order()
    {
        var (barrier, published) = CompleteListInReferenceFile();
        var ranking = Matcher().Rank(barrier);

        Assert.Equal(published, ranking.Take(published.Count).Select(s => s.StrategyId));
        // Literal values, so that a parser and a test reading the file the same wrong way cannot agree by accident.
        Assert.Equal("cfir09-39", barrier);
        Assert.Equal(39, published.Count);
        Assert.Equal(("eric-26", 60.0, 1), (ranking[0].StrategyId, ranking[0].EndorsementPercent, ranking[0].Level));
        Assert.Equal(("eric-05", 56.0, 1), (ranking[1].StrategyId, ranking[1].EndorsementPercent, ranking[1].Level));
        Assert.Equal(("eric-27", 2), (ranking[2].StrategyId, ranking[2].Level));
        Assert.Contains("15 of 25", ranking[0].Explanation);
        Assert.All(ranking.Take(39), s => Assert.Equal((EvidenceKind.Endorsement, EvidenceSource.ReferenceData), (s.Evidence, s.Source)));
        Assert.All(ranking.Skip(39), s => Assert.Equal(EvidenceKind.Unrated, s.Evidence));
        Assert.Equal(CoverageKind.CompleteList, Matcher().DataCoverage(barrier).Kind);
    }

    [Fact]
    public void For_barriers_with_levels_only_the_known_strategies_rank_above_the_unrated_ones()
    {
        var matcher = Matcher();
        var pairs = LevelOnlyPairsInReferenceFile();
        Assert.Equal(56, pairs.Count);

        foreach (var group in pairs.GroupBy(p => p.Barrier))
        {
            var known = group.Select(p => p.Strategy).ToHashSet();
            var ranking = matcher.Rank(group.Key);
            Assert.Equal(known, ranking.Take(known.Count).Select(s => s.StrategyId).ToHashSet());
            Assert.All(ranking.Take(known.Count), s => Assert.Equal(EvidenceKind.Level1Or2, s.Evidence));
            Assert.All(ranking.Skip(known.Count), s => Assert.Equal(EvidenceKind.Unrated, s.Evidence));
            Assert.Equal(CoverageKind.LevelsOnly, matcher.DataCoverage(group.Key).Kind);
        }

        var cosmopolitanism = matcher.Rank("cfir09-10");
        Assert.Equal(7, cosmopolitanism.Count(s => s.Evidence == EvidenceKind.Level1Or2));
        Assert.Contains("Level 1 or 2 for 'Cosmopolitanism'", cosmopolitanism[0].Explanation);
    }

    [Fact]
    public void Level_1_ranks_above_level_1_or_2_which_ranks_above_level_2()
    {
        var folder = ReferenceCopy(pairs =>
        {
            pairs.Add(Pair("cfir09-15", "eric-72", "2"));
            pairs.Add(Pair("cfir09-15", "eric-01", "1"));
            pairs.Add(Pair("cfir09-15", "eric-35", "1-or-2"));
            pairs.Add(Pair("cfir09-15", "eric-04", "2"));
        });
        var ranking = Matcher(folder: folder).Rank("cfir09-15");

        // Level 2 pairs among themselves follow the go-zone: eric-04 (quadrant I) before eric-72 (II).
        Assert.Equal(["eric-01", "eric-35", "eric-04", "eric-72"], ranking.Take(4).Select(s => s.StrategyId));
        Assert.Equal([EvidenceKind.Level1, EvidenceKind.Level1Or2, EvidenceKind.Level2, EvidenceKind.Level2], ranking.Take(4).Select(s => s.Evidence));
        Assert.Equal([1, null, 2, 2], ranking.Take(4).Select(s => s.Level));
        Assert.Equal(EvidenceKind.Unrated, ranking[4].Evidence);
    }

    [Fact]
    public void Without_any_endorsement_the_Waltz_go_zone_orders_the_strategies_then_the_ERIC_number()
    {
        var ranking = Matcher().Rank("cfir09-15");

        Assert.All(ranking, s => Assert.Equal(EvidenceKind.Unrated, s.Evidence));
        Assert.Equal(("eric-04", "I", 4.6), (ranking[0].StrategyId, ranking[0].GoZoneQuadrant, ranking[0].Importance));
        var quadrants = ranking.Select(s => s.GoZoneQuadrant ?? "-").Distinct();
        Assert.Equal(["I", "IV", "II", "III", "-"], quadrants);
        // Among the strategies with no quadrant, the one with cluster means comes first; the rest go by number.
        var unplaced = ranking.Where(s => s.GoZoneQuadrant is null).ToList();
        Assert.Equal(("eric-25", RatingBasis.Cluster), (unplaced[0].StrategyId, unplaced[0].RatingBasis));
        Assert.Equal(unplaced.Skip(1).Select(s => s.StrategyNumber).Order(), unplaced.Skip(1).Select(s => s.StrategyNumber));
        Assert.Contains("importance 4.60, feasibility 4.57", ranking[0].Explanation);
        Assert.Equal(CoverageKind.Nothing, Matcher().DataCoverage("cfir09-15").Kind);
    }

    [Fact]
    public void Every_suggestion_for_every_barrier_and_theme_explains_itself()
    {
        var matcher = Matcher(new FakeEndorsements(("cfir09-01", "eric-10", 33)));
        var rankings = matcher.Barriers.All.Select(b => matcher.Rank(b.Id)).Concat(matcher.Themes.Themes.Select(t => matcher.RankForTheme(t.Id))).ToList();
        Assert.Equal(39 + 7, rankings.Count);

        foreach (var ranking in rankings)
        {
            Assert.Equal(73, ranking.Select(s => s.StrategyId).Distinct().Count());
            Assert.Equal(Enumerable.Range(1, 73), ranking.Select(s => s.Rank));
            Assert.All(ranking, s =>
            {
                Assert.False(string.IsNullOrWhiteSpace(s.Explanation));
                Assert.False(string.IsNullOrWhiteSpace(s.StrategyName));
                Assert.False(string.IsNullOrWhiteSpace(s.ClusterName));
                Assert.False(string.IsNullOrWhiteSpace(s.SourceNote));
                Assert.Equal(s.Evidence == EvidenceKind.Unrated, s.BarrierId is null);
                Assert.Equal(s.Evidence == EvidenceKind.Endorsement, s.EndorsementPercent is not null);
            });
        }
    }

    [Fact]
    public void An_imported_percentage_wins_over_the_reference_data_for_the_same_pair()
    {
        var matcher = Matcher(new FakeEndorsements(("cfir09-39", "eric-68", 95), ("cfir09-39", "eric-26", 10)));
        var ranking = matcher.Rank("cfir09-39");

        Assert.Equal(("eric-68", 95.0, EvidenceSource.ImportedMatrix), (ranking[0].StrategyId, ranking[0].EndorsementPercent, ranking[0].Source));
        Assert.Equal("eric-05", ranking[1].StrategyId);
        var moved = ranking.Single(s => s.StrategyId == "eric-26");
        Assert.Equal((10.0, EvidenceSource.ImportedMatrix), (moved.EndorsementPercent, moved.Source));
        Assert.True(moved.Rank > ranking.Single(s => s.StrategyId == "eric-63").Rank, "10% imported ranks below 12% published");
        Assert.Contains("imported matrix", ranking[0].Explanation);
        Assert.Equal(EvidenceSource.ImportedMatrix, matcher.DataCoverage("cfir09-39").Source);
    }

    [Fact]
    public void An_unrated_strategy_given_95_percent_becomes_first_for_a_barrier_with_levels_only()
    {
        var ranking = Matcher(new FakeEndorsements(("cfir09-10", "eric-68", 95))).Rank("cfir09-10");

        Assert.Equal(("eric-68", EvidenceKind.Endorsement), (ranking[0].StrategyId, ranking[0].Evidence));
        Assert.All(ranking.Skip(1).Take(7), s => Assert.Equal(EvidenceKind.Level1Or2, s.Evidence));
    }

    [Fact]
    public void A_theme_takes_each_strategys_best_evidence_across_its_barriers()
    {
        var matcher = Matcher(new FakeEndorsements(("cfir09-11", "eric-08", 95), ("cfir09-12", "eric-08", 30), ("cfir09-12", "eric-35", 22)));
        var theme = matcher.Themes.Find("itfits-b7")!;
        Assert.Equal(["cfir09-12", "cfir09-10", "cfir09-11"], theme.Barriers.Select(b => b.Id));

        var merged = matcher.RankForTheme(theme.Id);
        var perBarrier = theme.Barriers.Select(b => matcher.Rank(b.Id).ToDictionary(s => s.StrategyId)).ToList();
        foreach (var suggestion in merged)
        {
            var candidates = perBarrier.Select(r => r[suggestion.StrategyId]).ToList();
            var best = candidates.OrderBy(c => c.Evidence).ThenByDescending(c => c.EndorsementPercent ?? 0).First();
            Assert.Equal((best.Evidence, best.EndorsementPercent, best.BarrierId), (suggestion.Evidence, suggestion.EndorsementPercent, suggestion.BarrierId));
        }

        Assert.Equal(("eric-08", "cfir09-11"), (merged[0].StrategyId, merged[0].BarrierId));
        // eric-35 is Level 1 or 2 for Cosmopolitanism but has 22% for External policy: a percentage beats a level.
        Assert.Equal(("eric-35", "cfir09-12", 22.0), (merged[1].StrategyId, merged[1].BarrierId, merged[1].EndorsementPercent));
        Assert.All(merged.Skip(2).Take(6), s => Assert.Equal((EvidenceKind.Level1Or2, "cfir09-10"), (s.Evidence, s.BarrierId)));
        Assert.Contains("'Cosmopolitanism'", merged[2].Explanation);
    }

    [Fact]
    public void Coverage_says_what_data_a_barrier_has()
    {
        var matcher = Matcher();

        var source = matcher.DataCoverage("cfir09-01");
        Assert.Equal((CoverageKind.Nothing, (int?)0, (int?)9), (source.Kind, source.PublishedLevel1Count, source.PublishedLevel2Count));
        Assert.Contains("0 Level 1 and 9 Level 2", source.Summary);

        var evidence = matcher.DataCoverage("cfir09-02");
        Assert.Equal((CoverageKind.LevelsOnly, EvidenceSource.ReferenceData, 6), (evidence.Kind, evidence.Source, evidence.Level1Or2));

        var reflecting = matcher.DataCoverage("cfir09-39");
        Assert.Equal((CoverageKind.CompleteList, 39), (reflecting.Kind, reflecting.WithPercent));
    }

    [Fact]
    public void Unknown_barriers_and_themes_are_refused()
    {
        var matcher = Matcher();
        Assert.Throws<ArgumentException>(() => matcher.Rank("cfir09-99"));
        Assert.Throws<ArgumentException>(() => matcher.Rank("cfir2-IIIA"));
        Assert.Throws<ArgumentException>(() => matcher.RankForTheme("itfits-s1"));
        Assert.Throws<ArgumentException>(() => matcher.DataCoverage("eric-05"));
    }

    [Fact]
    public void The_theme_map_covers_every_ItFits_theme_and_refuses_unknown_barriers()
    {
        var catalogue = new ReferenceCatalogue(ReferenceData, []);
        var map = BarrierThemeMap.Load(MapPath, catalogue, ToolBarriers.From(catalogue));
        Assert.Equal(7, map.Themes.Count);
        Assert.Contains("own", map.Source, StringComparison.OrdinalIgnoreCase);
        Assert.All(map.Themes, t => Assert.False(string.IsNullOrWhiteSpace(t.Why)));

        var broken = Path.Combine(Directory.CreateTempSubdirectory("itfits-map-").FullName, BarrierThemeMap.FileName);
        File.WriteAllText(broken, File.ReadAllText(MapPath).Replace("\"cfir09-27\"", "\"cfir09-77\""));
        var failure = Assert.Throws<InvalidOperationException>(() => BarrierThemeMap.Load(broken, catalogue, ToolBarriers.From(catalogue)));
        Assert.Contains("cfir09-77", failure.Message);
    }

    [Fact]
    public void Strategies_and_barriers_resolve_by_id_number_or_exact_name()
    {
        var matcher = Matcher();
        Assert.Equal("eric-05", matcher.Strategies.Resolve("5")?.Id);
        Assert.Equal("eric-05", matcher.Strategies.Resolve("05")?.Id);
        Assert.Equal("eric-05", matcher.Strategies.Resolve("audit and provide feedback")?.Id);
        Assert.Equal("eric-56", matcher.Strategies.Resolve("Purposefully reexamine the implementation")?.Id);
        Assert.Null(matcher.Strategies.Resolve("74"));
        Assert.Equal("cfir09-39", matcher.Barriers.Resolve("Reflecting and evaluating")?.Id);
        Assert.Equal("cfir09-39", matcher.Barriers.Resolve("CFIR09-39")?.Id);
        Assert.Null(matcher.Barriers.Resolve("Reflecting"));
        Assert.Equal(73, matcher.Strategies.All.Count);
        Assert.Equal(39, matcher.Barriers.All.Count);
    }

    private static StrategyMatcher Matcher(IEndorsementSource? source = null, string? folder = null)
    {
        var catalogue = new ReferenceCatalogue(folder ?? ReferenceData, []);
        return new StrategyMatcher(catalogue, source ?? new FakeEndorsements(), BarrierThemeMap.Load(MapPath, catalogue, ToolBarriers.From(catalogue)));
    }

    /// <summary>The reference file's one list with a percentage per row, read here independently of the matcher.</summary>
    private static (string Barrier, List<string> Strategies) CompleteListInReferenceFile()
    {
        var items = Document().GetProperty("items").EnumerateArray();
        var list = items.Single(i => i.TryGetProperty("barrier", out _) && i.TryGetProperty("items", out _));
        var strategies = list.GetProperty("items").EnumerateArray()
            .Where(r => r.GetProperty("endorsement_pct").ValueKind == JsonValueKind.Number)
            .Select(r => r.GetProperty("strategy").GetString()!)
            .ToList();
        return (list.GetProperty("barrier").GetString()!, strategies);
    }

    private static List<(string Barrier, string Strategy)> LevelOnlyPairsInReferenceFile() =>
        Document().GetProperty("items").EnumerateArray()
            .SelectMany(i => i.GetProperty("items").EnumerateArray())
            .Where(r => r.TryGetProperty("strategy", out _) && r.TryGetProperty("barrier", out _) && r.GetProperty("endorsement_pct").ValueKind == JsonValueKind.Null)
            .Select(r => (r.GetProperty("barrier").GetString()!, r.GetProperty("strategy").GetString()!))
            .ToList();

    private static JsonElement Document() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(ReferenceData, PublishedEndorsements.TaxonomyKey + ".json"))).RootElement;

    /// <summary>A copy of the reference data with pairs added to the matching file's list of level-only pairs.</summary>
    private static string ReferenceCopy(Action<JsonArray> addPairs)
    {
        var folder = Directory.CreateTempSubdirectory("reference-").FullName;
        foreach (var file in Directory.EnumerateFiles(ReferenceData, "*.json"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var path = Path.Combine(folder, PublishedEndorsements.TaxonomyKey + ".json");
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        var pairs = root["items"]!.AsArray().Single(i => i!["items"]!.AsArray().Any(r => r!["barrier"] is not null && r["strategy"] is not null))!["items"]!.AsArray();
        addPairs(pairs);
        File.WriteAllText(path, root.ToJsonString());
        return folder;
    }

    private static JsonObject Pair(string barrier, string strategy, string level) =>
        new() { ["id"] = $"test-{strategy}-{barrier}", ["strategy"] = strategy, ["barrier"] = barrier, ["level"] = level, ["endorsement_pct"] = null };

    private sealed class FakeEndorsements(params (string Barrier, string Strategy, double Percent)[] cells) : IEndorsementSource
    {
        private readonly ImportedMatrix matrix = new(cells.Select(c => new CfirEricEndorsement
        {
            BarrierId = c.Barrier, StrategyId = c.Strategy, EndorsementPercent = c.Percent, ImportedBy = "Test admin", ImportedAt = new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc),
        }).ToList());

        public ImportedMatrix Current() => matrix;

        public void Invalidate()
        {
        }
    }
}
