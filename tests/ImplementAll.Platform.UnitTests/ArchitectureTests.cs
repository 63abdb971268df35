using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.UnitTests;

public sealed class ArchitectureTests
{
    [Fact]
    public void Every_entity_is_either_tenant_owned_or_deliberately_global()
    {
        using var db = TestDatabase.Context(new TenantContext());
        var undecided = db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned())
            .Select(t => t.ClrType)
            .Where(t => !typeof(ITenantOwned).IsAssignableFrom(t) && !typeof(IGlobalEntity).IsAssignableFrom(t))
            .Select(t => t.Name)
            .ToList();
        Assert.True(undecided.Count == 0, "Entities that are neither ITenantOwned nor IGlobalEntity: " + string.Join(", ", undecided));
    }

    [Fact]
    public void Every_tenant_owned_entity_carries_the_named_tenant_filter()
    {
        using var db = TestDatabase.Context(new TenantContext());
        var unfiltered = db.Model.GetEntityTypes()
            .Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType))
            .Where(t => t.FindDeclaredQueryFilter(PlatformDbContext.TenantFilter) is null)
            .Select(t => t.ClrType.Name)
            .ToList();
        Assert.Empty(unfiltered);
    }

    [Fact]
    public void No_type_is_both_tenant_owned_and_global()
    {
        var both = typeof(PlatformDbContext).Assembly.GetTypes()
            .Where(t => typeof(ITenantOwned).IsAssignableFrom(t) && typeof(IGlobalEntity).IsAssignableFrom(t))
            .ToList();
        Assert.Empty(both);
    }

    [Fact]
    public void Nothing_calls_IgnoreQueryFilters_without_naming_the_filter()
    {
        var root = RepositoryRoot.Find();
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => File.ReadAllText(f).Contains("IgnoreQueryFilters()"))
            .Select(f => Path.GetRelativePath(root, f))
            .ToList();
        Assert.True(offenders.Count == 0, "A bare IgnoreQueryFilters() switches off tenant isolation: " + string.Join(", ", offenders));
    }
}
