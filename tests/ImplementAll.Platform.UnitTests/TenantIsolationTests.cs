using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Organisations;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.UnitTests;

public sealed class TenantIsolationTests : IDisposable
{
    private readonly Microsoft.Data.Sqlite.SqliteConnection connection = TestDatabase.OpenMigrated();
    private readonly Guid tenantA;
    private readonly Guid tenantB;
    private readonly Guid userId;

    public TenantIsolationTests()
    {
        using var db = TestDatabase.Context(new TenantContext(), connection);
        var a = new Tenant { Name = "A", Slug = "tenant-a", CountryCode = "NL" };
        var b = new Tenant { Name = "B", Slug = "tenant-b", CountryCode = "NO" };
        var user = new User { Issuer = "local", Subject = "u", DisplayName = "U", Email = "u@x.example" };
        db.AddRange(a, b, user);
        db.SaveChanges();
        (tenantA, tenantB, userId) = (a.Id, b.Id, user.Id);
        AddMembership(tenantA, TenantRole.Owner);
        AddMembership(tenantB, TenantRole.Member);
    }

    [Fact]
    public void Queries_see_only_the_current_tenants_rows()
    {
        Assert.Equal([TenantRole.Owner], Roles(tenantA));
        Assert.Equal([TenantRole.Member], Roles(tenantB));
    }

    [Fact]
    public void Without_a_tenant_nothing_tenant_owned_is_visible()
    {
        using var db = TestDatabase.Context(new TenantContext(), connection);
        Assert.Empty(db.Memberships.ToList());
        Assert.Equal(2, db.Memberships.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).Count());
    }

    [Fact]
    public void The_filter_follows_each_context_instance_not_the_first_one_built()
    {
        // The compiled model is cached and shared: a filter capturing a value would give every context the first tenant.
        Assert.Equal([TenantRole.Owner], Roles(tenantA));
        Assert.Equal([TenantRole.Member], Roles(tenantB));
        Assert.Equal([TenantRole.Owner], Roles(tenantA));
    }

    [Fact]
    public void New_rows_are_stamped_with_the_current_tenant()
    {
        var tenant = new TenantContext();
        tenant.Set(tenantA);
        using var db = TestDatabase.Context(tenant, connection);
        var entry = new Core.Audit.AuditEntry { ActorName = "t", Action = "test" };
        db.AuditEntries.Add(entry);
        db.SaveChanges();
        Assert.Equal(tenantA, entry.TenantId);
    }

    [Fact]
    public void Saving_a_row_for_another_tenant_throws_and_writes_nothing()
    {
        var tenant = new TenantContext();
        tenant.Set(tenantA);
        using (var db = TestDatabase.Context(tenant, connection))
        {
            db.AuditEntries.Add(new Core.Audit.AuditEntry { TenantId = tenantB, ActorName = "t", Action = "smuggled" });
            Assert.Throws<TenantMismatchException>(() => db.SaveChanges());
        }

        using var check = TestDatabase.Context(new TenantContext(), connection);
        Assert.False(check.AuditEntries.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).Any(a => a.Action == "smuggled"));
    }

    [Fact]
    public void Moving_a_row_to_another_tenant_throws()
    {
        var tenant = new TenantContext();
        tenant.Set(tenantA);
        using var db = TestDatabase.Context(tenant, connection);
        var membership = db.Memberships.Single();
        membership.TenantId = tenantB;
        Assert.Throws<TenantMismatchException>(() => db.SaveChanges());
    }

    [Fact]
    public void Writing_tenant_owned_rows_without_a_tenant_throws()
    {
        using var db = TestDatabase.Context(new TenantContext(), connection);
        db.AuditEntries.Add(new Core.Audit.AuditEntry { ActorName = "t", Action = "orphan" });
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
    }

    [Fact]
    public void A_unit_of_work_cannot_switch_tenant()
    {
        var tenant = new TenantContext();
        tenant.Set(tenantA);
        tenant.Set(tenantA);
        Assert.Throws<InvalidOperationException>(() => tenant.Set(tenantB));
    }

    private TenantRole[] Roles(Guid tenantId)
    {
        var tenant = new TenantContext();
        tenant.Set(tenantId);
        using var db = TestDatabase.Context(tenant, connection);
        return db.Memberships.Select(m => m.Role).ToArray();
    }

    private void AddMembership(Guid tenantId, TenantRole role)
    {
        var tenant = new TenantContext();
        tenant.Set(tenantId);
        using var db = TestDatabase.Context(tenant, connection);
        db.Memberships.Add(new Membership { UserId = userId, Role = role });
        db.SaveChanges();
    }

    public void Dispose() => connection.Dispose();
}
