using System.Text.Json;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.Core.Tenancy;
using ImplementAll.Platform.Web.Features.DemoData;
using ImplementAll.Platform.Web.Features.Practices;
using ImplementAll.Platform.Web.Features.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImplementAll.Platform.UnitTests;

/// <summary>
/// The demo practices must show the whole range of the repository (every type, maturity level and stage, many
/// countries and languages) and be valid by the same rules as user input, so a bad demo file fails here, not at startup.
/// </summary>
public sealed class DemoPracticeTests
{
    private static readonly string Root = RepositoryRoot.Find();
    private static readonly PracticeRules Rules = new(Catalogue());
    private static readonly IReadOnlyList<DemoPractice> Demos =
        DemoPractices.Load(Path.Combine(Root, "src", "ImplementAll.Platform.Web", "Features", "DemoData", DemoPractices.FileName));

    private static IEnumerable<PracticeInput> Inputs => Demos.Select(d => d.Practice);

    [Fact]
    public void There_are_at_least_forty_practices_of_every_type()
    {
        Assert.True(Demos.Count >= 40, $"Only {Demos.Count} demo practices.");
        Assert.Equal(Enum.GetValues<PracticeType>().Order(), Inputs.Select(p => p.Type!.Value).Distinct().Order());
    }

    [Fact]
    public void They_come_from_many_countries_maturity_levels_and_stages()
    {
        var countries = Inputs.SelectMany(p => p.CountriesOfOrigin.Concat(p.CountriesOfDeployment).Concat(p.Deployments.Select(d => d.CountryCode))).Distinct().ToList();
        Assert.True(countries.Count >= 10, $"Only {countries.Count} countries: {string.Join(", ", countries)}.");
        Assert.Equal(Enumerable.Range(1, 9), Inputs.Select(p => p.Trl!.Value).Distinct().Order());
        Assert.True(Inputs.Select(p => p.Stage).Distinct().Count() >= 6);
    }

    [Fact]
    public void They_are_written_in_several_languages_with_at_least_three_each_in_the_main_ones()
    {
        var languages = Inputs.GroupBy(p => p.TextLanguage ?? "en").ToDictionary(g => g.Key, g => g.Count());
        Assert.True(languages.Count >= 5, $"Only {languages.Count} text languages.");
        Assert.All(["nl", "es", "de", "no", "fr"], language => Assert.True(languages.GetValueOrDefault(language) >= 3, $"Fewer than 3 practices in '{language}'."));
        Assert.True(languages["en"] > Demos.Count / 2, "Most practices should be in English.");
    }

    [Fact]
    public void Every_practice_passes_the_rules_for_user_input()
    {
        var invalid = Demos
            .Select(d => (d.Practice.Title, Failure: Rules.Check(d.Practice)))
            .Where(r => r.Failure is not null)
            .Select(r => $"{r.Title}: {string.Join("; ", r.Failure!.Errors!.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}")
            .ToList();
        Assert.True(invalid.Count == 0, string.Join("\n", invalid));
    }

    [Fact]
    public void Published_practices_are_ready_for_review()
    {
        foreach (var demo in Demos.Where(d => d.Status == PracticeStatus.Published))
        {
            var practice = new Practice { Title = "" };
            demo.Practice.ApplyTo(practice);
            var failure = PracticeRules.ReadyForReview(practice);
            Assert.True(failure is null, $"{demo.Practice.Title}: {string.Join("; ", failure?.Errors?.Keys ?? [])}");
        }
    }

    [Fact]
    public void The_workflow_mix_fills_the_curator_queue_and_shows_stale_entries()
    {
        var statuses = Demos.GroupBy(d => d.Status).ToDictionary(g => g.Key, g => g.Count());
        Assert.InRange(statuses[PracticeStatus.Published], 30, 36);
        Assert.Equal(4, statuses[PracticeStatus.Submitted]);
        Assert.Equal(2, statuses[PracticeStatus.Draft]);
        Assert.Equal(1, statuses[PracticeStatus.ChangesRequested]);
        Assert.Equal(1, statuses[PracticeStatus.Archived]);
        Assert.Contains(Demos, d => d.Status == PracticeStatus.Published && d.LastConfirmedMonthsAgo >= 13);
        Assert.Contains(Demos, d => d.Status == PracticeStatus.Published && d.LastConfirmedMonthsAgo < 12);
        Assert.All(Demos, d => Assert.Empty(DemoPractices.WorkflowProblems(d)));
        Assert.All(Demos.SelectMany(d => d.Practice.Contacts), c => Assert.EndsWith(".example", c.Email, StringComparison.Ordinal));
    }

    [Fact]
    public void The_seeder_refuses_a_bad_file_and_names_the_practice()
    {
        var seeder = new DemoPracticeSeeder(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), Rules, TimeProvider.System);
        seeder.Validate(Demos);

        var bad = JsonSerializer.Deserialize<DemoPractice>(JsonSerializer.Serialize(Demos[0], DemoPractices.Json), DemoPractices.Json)!;
        bad.Practice.Title = "A practice with a made-up WHO code";
        bad.Practice.WhoCodes = ["CDHIv2-9.9.9"];
        var exception = Assert.Throws<InvalidDataException>(() => seeder.Validate([bad]));
        Assert.Contains("A practice with a made-up WHO code", exception.Message);
        Assert.Contains("CDHIv2-9.9.9", exception.Message);
    }

    [Fact]
    public async Task Seeding_twice_writes_each_practice_once_in_the_state_its_workflow_would_leave()
    {
        using var connection = TestDatabase.OpenMigrated();
        await SeedTwiceAsync(connection, Catalogue());

        using var db = TestDatabase.Context(new TenantContext(), connection);
        var practices = await db.Practices.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).ToListAsync();
        var revisions = await db.PracticeRevisions.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).ToListAsync();
        var comments = await db.ReviewComments.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).ToListAsync();
        var outbox = await db.SearchOutbox.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).ToListAsync();
        var tenants = await db.Tenants.ToDictionaryAsync(t => t.Slug, t => t.Id);

        Assert.Equal(Demos.Count, practices.Count);
        Assert.All(Demos, d => Assert.Single(practices, p => p.Title == d.Practice.Title.Trim() && p.TenantId == tenants[d.Owner] && p.Status == d.Status));
        var published = practices.Where(p => p.RevisionNumber > 0).ToList();
        Assert.Equal(Demos.Count(d => d.Status is PracticeStatus.Published or PracticeStatus.Archived), published.Count);
        Assert.Equal(published.Select(p => p.Id).Order(), revisions.Select(r => r.PracticeId).Order());
        Assert.Equal(published.Select(p => p.Id).Order(), outbox.Select(e => e.PracticeId).Order());
        Assert.All(revisions, r => Assert.Equal("Carla Ruiz", r.PublishedBy));
        Assert.All(outbox, e => Assert.Equal(practices.Single(p => p.Id == e.PracticeId).TenantId, e.TenantId));

        var snapshot = JsonSerializer.Deserialize<PracticeView>(revisions[0].Snapshot, PracticeReader.SnapshotJson)!;
        var source = practices.Single(p => p.Id == revisions[0].PracticeId);
        Assert.Equal((source.Title, source.TenantId, PracticeStatus.Published, 1), (snapshot.Title, snapshot.OwnerTenantId, snapshot.Status, snapshot.RevisionNumber));
        Assert.NotEmpty(snapshot.OwnerName);

        var now = DateTime.UtcNow;
        Assert.Contains(practices, p => p.IsStaleAt(now));
        Assert.Contains(practices, p => p.Status == PracticeStatus.Published && !p.IsStaleAt(now));
        Assert.All(practices.Where(p => p.Status == PracticeStatus.Submitted), p => Assert.Contains(comments, c => c.PracticeId == p.Id && c.Action == ReviewAction.Submitted));
        Assert.All(published, p => Assert.Contains(comments, c => c.PracticeId == p.Id && c.Action == ReviewAction.Published && c.AuthorName == "Carla Ruiz"));
        Assert.Contains(comments, c => c.Action == ReviewAction.ChangesRequested && c.Text.Length > 0);
        Assert.Contains(comments, c => c.Action == ReviewAction.Archived);
        Assert.Contains(practices, p => p.WhoCodes.Count > 0);
    }

    [Fact]
    public async Task With_the_WHO_classification_switched_off_the_practices_are_seeded_without_codes()
    {
        using var connection = TestDatabase.OpenMigrated();
        await SeedTwiceAsync(connection, Catalogue(ReferenceCatalogue.WhoInterventions));

        using var db = TestDatabase.Context(new TenantContext(), connection);
        var practices = await db.Practices.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).ToListAsync();
        Assert.Equal(Demos.Count, practices.Count);
        Assert.All(practices, p => Assert.Empty(p.WhoCodes));
    }

    [Fact]
    public async Task The_demo_collective_project_is_seeded_once_halfway_through_its_first_cycle()
    {
        using var connection = TestDatabase.OpenMigrated();
        await SeedTwiceAsync(connection, Catalogue());

        using var db = TestDatabase.Context(new TenantContext(), connection);
        var project = Assert.Single(await db.Projects.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).ToListAsync());
        Assert.Equal(DemoProjectSeeder.Title, project.Title);
        Assert.NotNull(project.PracticeId);
        var partnership = Assert.Single(await db.WorkspacePartnerships.Where(p => p.WorkspaceId == project.Id).ToListAsync());
        Assert.Equal(Core.Workspaces.PartnershipState.Active, partnership.State);
        var steps = await db.ProjectSteps.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).Where(s => s.ProjectId == project.Id).ToListAsync();
        Assert.Equal(3, steps.Count(s => s.CompletedAt != null));
        Assert.Equal(3, await db.Barriers.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).CountAsync(b => b.ProjectId == project.Id && b.Priority != null));
        Assert.Equal(3, await db.ProjectMembers.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).CountAsync(m => m.ProjectId == project.Id));
    }

    private static ReferenceCatalogue Catalogue(params string[] disabled) =>
        new(Path.Combine(Root, "src", "ImplementAll.Platform.Web", "Features", "Reference", "Data"), disabled);

    /// <summary>The demo organisations, people and practices, seeded as at startup, twice (as after a restart).</summary>
    private static async Task SeedTwiceAsync(Microsoft.Data.Sqlite.SqliteConnection connection, ReferenceCatalogue catalogue)
    {
        using var services = new ServiceCollection()
            .AddScoped<ITenantContext, TenantContext>()
            .AddScoped(s => TestDatabase.Context(s.GetRequiredService<ITenantContext>(), connection))
            .AddSingleton(TimeProvider.System)
            .AddSingleton(catalogue)
            .AddSingleton<PracticeRules>()
            .AddScoped<DemoPracticeSeeder>()
            .AddScoped<DemoProjectSeeder>()
            .AddScoped<DemoDataSeeder>()
            .BuildServiceProvider();

        for (var run = 0; run < 2; run++)
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None);
        }
    }
}
