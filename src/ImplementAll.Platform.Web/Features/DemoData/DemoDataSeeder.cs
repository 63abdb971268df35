using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Organisations;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Tenancy;
using ImplementAll.Platform.Web.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.DemoData;

/// <summary>
/// Seeds the embedded face's demo organisations and people, then their practices (<see cref="DemoPracticeSeeder"/>).
/// Idempotent: each person and organisation is added only if its key (local user name, slug) is missing, so restarts
/// and upgrades never duplicate or overwrite what users changed.
/// </summary>
public sealed class DemoDataSeeder(PlatformDbContext db, IServiceScopeFactory scopes, DemoPracticeSeeder practices, DemoProjectSeeder projects, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var existingUsers = await db.Users.Where(u => u.Issuer == ExternalIdentities.LocalIssuer).Select(u => u.Subject).ToListAsync(cancellationToken);
        foreach (var person in DemoPeople.All.Where(p => !existingUsers.Contains(p.UserName)))
        {
            db.Users.Add(new User
            {
                Issuer = ExternalIdentities.LocalIssuer, Subject = person.UserName, DisplayName = person.DisplayName, Email = person.Email,
                PlatformRoles = person.PlatformRoles, CreatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        var users = await db.Users.Where(u => u.Issuer == ExternalIdentities.LocalIssuer).ToDictionaryAsync(u => u.Subject, cancellationToken);

        foreach (var organisation in DemoOrganisations.All)
        {
            if (await db.Tenants.AnyAsync(t => t.Slug == organisation.Slug, cancellationToken))
            {
                continue;
            }

            // Each organisation is written in its own unit of work, because a unit of work belongs to one tenant.
            await using var scope = scopes.CreateAsyncScope();
            var tenantDb = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var tenant = new Tenant
            {
                Name = organisation.Name, Slug = organisation.Slug, Kind = organisation.Kind, CountryCode = organisation.CountryCode,
                Description = organisation.Description, Website = organisation.Website, CreatedAt = now,
            };
            tenantDb.Tenants.Add(tenant);
            scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenant.Id);
            foreach (var (userName, role) in organisation.Members)
            {
                tenantDb.Memberships.Add(new Membership { UserId = users[userName].Id, Role = role, JoinedAt = now });
            }

            tenantDb.AuditEntries.Add(new Core.Audit.AuditEntry { ActorName = "demo data", Action = "organisation.registered", Target = tenant.Name, At = now });
            await tenantDb.SaveChangesAsync(cancellationToken);
        }

        await practices.SeedAsync(cancellationToken);
        await projects.SeedAsync(cancellationToken);
    }
}
