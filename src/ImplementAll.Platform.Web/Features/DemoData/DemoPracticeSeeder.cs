using System.Text.Json;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Organisations;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.Core.Tenancy;
using ImplementAll.Platform.Web.Features.Practices;
using ImplementAll.Platform.Web.Features.Reference;
using ImplementAll.Platform.Web.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.DemoData;

/// <summary>
/// Seeds the demo practices of <c>demo-practices.json</c> into the demo organisations, each in the state the workflow
/// would have left it: published entries with their first revision, review trail and a search outbox entry (the
/// background sweep indexes them); submitted ones in the curators' queue; drafts; one waiting for changes; one archived.
/// Idempotent: a practice whose title already exists in its organisation is skipped, so restarts never duplicate or
/// overwrite what users changed. Every entry is checked with <see cref="PracticeRules"/> first, and a bad file throws
/// before anything is written.
/// </summary>
public sealed class DemoPracticeSeeder(IServiceScopeFactory scopes, PracticeRules rules, TimeProvider clock)
{
    public const string Curator = "carla";
    private const string DemoActor = "demo data";

    public Task SeedAsync(CancellationToken cancellationToken) => SeedAsync(DemoPractices.Load(DemoPractices.DefaultPath), cancellationToken);

    public async Task SeedAsync(IReadOnlyList<DemoPractice> demos, CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            if (scope.ServiceProvider.GetService<ReferenceCatalogue>() is { } catalogue && catalogue.Enabled(ReferenceCatalogue.WhoInterventions) is null)
            {
                // An operator may switch the WHO classification off (its licence is non-commercial); the rules then refuse any code.
                demos = demos.Select(WithoutWhoCodes).ToList();
            }
        }

        Validate(demos);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var organisation in demos.GroupBy(d => d.Owner, StringComparer.Ordinal))
        {
            // Each organisation is written in its own unit of work, because a unit of work belongs to one tenant.
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var tenant = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == organisation.Key, cancellationToken);
            if (tenant is null)
            {
                // The organisation was not seeded (or has been removed): there is nobody to own its practices.
                continue;
            }

            scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenant.Id);
            var existing = (await db.Practices.Select(p => p.Title).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            var people = await People(db, organisation.Key, cancellationToken);
            var added = 0;
            foreach (var demo in organisation.Where(d => !existing.Contains(d.Practice.Title.Trim())))
            {
                Add(db, tenant, demo, people, now);
                added++;
            }

            if (added > 0)
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    /// <summary>Throws, naming every bad entry by its title, unless all entries are valid and ready for what their status says.</summary>
    public void Validate(IReadOnlyList<DemoPractice> demos)
    {
        var problems = new List<string>();
        foreach (var demo in demos)
        {
            var messages = DemoPractices.WorkflowProblems(demo).ToList();
            if (rules.Check(demo.Practice) is { } invalid)
            {
                messages.AddRange(invalid.Errors?.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")) ?? [invalid.Detail]);
            }
            else if (demo.Status != PracticeStatus.Draft && demo.Practice.Type is not null
                && PracticeRules.ReadyForReview(Build(demo, Guid.Empty)) is { } incomplete)
            {
                // Anything past a draft has been submitted, which the workflow allows only for complete entries.
                messages.AddRange(incomplete.Errors?.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")) ?? [incomplete.Detail]);
            }

            if (messages.Count > 0)
            {
                problems.Add($"'{demo.Practice.Title}': {string.Join(" ", messages)}");
            }
        }

        var duplicates = demos.GroupBy(d => (d.Owner, Title: d.Practice.Title.Trim())).Where(g => g.Count() > 1).Select(g => $"'{g.Key.Title}': appears twice for {g.Key.Owner}.");
        problems.AddRange(duplicates);
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"{DemoPractices.FileName} has {problems.Count} invalid entr{(problems.Count == 1 ? "y" : "ies")}:\n{string.Join("\n", problems)}");
        }
    }

    private static DemoPractice WithoutWhoCodes(DemoPractice demo)
    {
        var copy = JsonSerializer.Deserialize<DemoPractice>(JsonSerializer.Serialize(demo, DemoPractices.Json), DemoPractices.Json)!;
        copy.Practice.WhoCodes = [];
        return copy;
    }

    private static Practice Build(DemoPractice demo, Guid tenantId)
    {
        var practice = new Practice { Title = "", TenantId = tenantId };
        demo.Practice.ApplyTo(practice);
        return practice;
    }

    private static void Add(PlatformDbContext db, Tenant tenant, DemoPractice demo, DemoPeopleIds people, DateTime now)
    {
        var practice = Build(demo, tenant.Id);
        var step = now.AddDays(-(demo.UpdatedDaysAgo ?? 7));
        var published = demo.Status is PracticeStatus.Published or PracticeStatus.Archived;
        var publishedAt = published ? now.AddMonths(-(demo.PublishedMonthsAgo ?? demo.LastConfirmedMonthsAgo!.Value)) : (DateTime?)null;
        var submittedAt = demo.Status switch
        {
            PracticeStatus.Draft => (DateTime?)null,
            PracticeStatus.Submitted => step,
            PracticeStatus.ChangesRequested => step.AddDays(-4),
            _ => publishedAt!.Value.AddDays(-6),
        };
        practice.CreatedAt = (submittedAt ?? step).AddDays(-21);
        practice.UpdatedAt = submittedAt ?? step;
        practice.LastConfirmedAt = practice.UpdatedAt;
        db.Practices.Add(practice);
        db.AuditEntries.Add(new Core.Audit.AuditEntry { ActorName = DemoActor, Action = "practice.registered", Target = practice.Title, At = practice.CreatedAt });

        if (submittedAt is { } submitted)
        {
            Comment(db, practice, ReviewAction.Submitted, people.Owner, submitted,
                demo.Status is PracticeStatus.Submitted ? demo.ReviewNote : null);
        }

        if (demo.Status == PracticeStatus.ChangesRequested)
        {
            practice.Status = PracticeStatus.ChangesRequested;
            Comment(db, practice, ReviewAction.ChangesRequested, people.Curator, step, demo.ReviewNote);
        }
        else if (demo.Status == PracticeStatus.Submitted)
        {
            practice.Status = PracticeStatus.Submitted;
        }

        if (publishedAt is { } at)
        {
            Publish(db, tenant, practice, people, at);
            var confirmedAt = now.AddMonths(-demo.LastConfirmedMonthsAgo!.Value);
            if (confirmedAt > at)
            {
                practice.LastConfirmedAt = confirmedAt;
                Comment(db, practice, ReviewAction.Confirmed, people.Owner, confirmedAt, "Still current.");
            }
        }

        if (demo.Status == PracticeStatus.Archived)
        {
            practice.Status = PracticeStatus.Archived;
            Comment(db, practice, ReviewAction.Archived, people.Owner, step, demo.ReviewNote);
        }

        if (practice.RevisionNumber > 0)
        {
            // As the workflow does in the same save: the background sweep brings the search index up to date.
            db.SearchOutbox.Add(new SearchOutboxEntry { TenantId = tenant.Id, PracticeId = practice.Id, CreatedAt = now });
        }
    }

    /// <summary>What <see cref="Curation.PublishAsync"/> does, dated at the time of publication.</summary>
    private static void Publish(PlatformDbContext db, Tenant tenant, Practice practice, DemoPeopleIds people, DateTime at)
    {
        practice.Status = PracticeStatus.Published;
        practice.PublishedAt = at;
        practice.LastConfirmedAt = at;
        practice.RevisionNumber = 1;
        db.PracticeRevisions.Add(new PracticeRevision
        {
            PracticeId = practice.Id, Number = practice.RevisionNumber, PublishedAt = at, PublishedBy = people.Curator.Name,
            Snapshot = JsonSerializer.Serialize(practice.ToView(tenant.Name, at), PracticeReader.SnapshotJson),
        });
        Comment(db, practice, ReviewAction.Published, people.Curator, at, null);
        db.AuditEntries.Add(new Core.Audit.AuditEntry
        {
            ActorUserId = people.Curator.Id, ActorName = people.Curator.Name, Action = "practice.published", Target = practice.Title, Details = "by a curator", At = at,
        });
    }

    private static void Comment(PlatformDbContext db, Practice practice, ReviewAction action, (Guid? Id, string Name) author, DateTime at, string? text) =>
        db.ReviewComments.Add(new ReviewComment
        {
            PracticeId = practice.Id, Action = action, AuthorName = author.Name, AuthorUserId = author.Id, Text = text?.Trim() ?? "", At = at,
        });

    private sealed record DemoPeopleIds((Guid? Id, string Name) Owner, (Guid? Id, string Name) Curator);

    /// <summary>The organisation's first owner submits and confirms; the demo curator reviews.</summary>
    private static async Task<DemoPeopleIds> People(PlatformDbContext db, string slug, CancellationToken cancellationToken)
    {
        var ownerUserName = DemoOrganisations.All.Single(o => o.Slug == slug).Members.First(m => m.Role == TenantRole.Owner).UserName;
        var userNames = new[] { ownerUserName, Curator };
        var users = await db.Users.Where(u => u.Issuer == ExternalIdentities.LocalIssuer && userNames.Contains(u.Subject))
            .ToDictionaryAsync(u => u.Subject, u => (u.Id, u.DisplayName), cancellationToken);
        (Guid? Id, string Name) Person(string userName) => users.TryGetValue(userName, out var user)
            ? (user.Id, user.DisplayName)
            : (null, DemoPeople.All.Single(p => p.UserName == userName).DisplayName);
        return new DemoPeopleIds(Person(ownerUserName), Person(Curator));
    }
}
