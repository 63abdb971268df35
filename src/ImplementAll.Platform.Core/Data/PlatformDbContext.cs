using System.Reflection;
using ImplementAll.Platform.Core.Audit;
using ImplementAll.Platform.Core.Invitations;
using ImplementAll.Platform.Core.Mail;
using ImplementAll.Platform.Core.Organisations;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Core.Tenancy;
using ImplementAll.Platform.Core.Workspaces;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Core.Data;

public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options, ITenantContext tenant) : DbContext(options)
{
    /// <summary>The name of the query filter that hides other tenants' rows; switch it off by name, never by ignoring every filter.</summary>
    public const string TenantFilter = "Tenant";

    public DbSet<Tenant> Tenants => Set<Tenant>();
    public DbSet<User> Users => Set<User>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<OutgoingMail> OutgoingMails => Set<OutgoingMail>();
    public DbSet<Practice> Practices => Set<Practice>();
    public DbSet<PracticeRevision> PracticeRevisions => Set<PracticeRevision>();
    public DbSet<ReviewComment> ReviewComments => Set<ReviewComment>();
    public DbSet<SearchOutboxEntry> SearchOutbox => Set<SearchOutboxEntry>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<CfirEricEndorsement> CfirEricEndorsements => Set<CfirEricEndorsement>();
    public DbSet<TailoringProject> Projects => Set<TailoringProject>();
    public DbSet<ProjectMember> ProjectMembers => Set<ProjectMember>();
    public DbSet<ProjectCycle> ProjectCycles => Set<ProjectCycle>();
    public DbSet<ProjectStep> ProjectSteps => Set<ProjectStep>();
    public DbSet<ImplementationGoal> Goals => Set<ImplementationGoal>();
    public DbSet<ProjectBarrier> Barriers => Set<ProjectBarrier>();
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<SurveyItem> SurveyItems => Set<SurveyItem>();
    public DbSet<SurveyInvitee> SurveyInvitees => Set<SurveyInvitee>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();
    public DbSet<ProposedBarrier> ProposedBarriers => Set<ProposedBarrier>();
    public DbSet<ProjectStrategy> ProjectStrategies => Set<ProjectStrategy>();
    public DbSet<PlanAction> PlanActions => Set<PlanAction>();
    public DbSet<ActionProgress> ActionProgress => Set<ActionProgress>();
    public DbSet<SuccessIndicator> Indicators => Set<SuccessIndicator>();
    public DbSet<IndicatorMeasurement> IndicatorMeasurements => Set<IndicatorMeasurement>();
    public DbSet<ProjectReminder> ProjectReminders => Set<ProjectReminder>();
    public DbSet<WorkspacePartnership> WorkspacePartnerships => Set<WorkspacePartnership>();

    // Read by the query filter at query time: the filter must reference this instance member, not a captured value,
    // because the compiled model is shared by every context instance (and so every tenant).
    private Guid? CurrentTenantId => tenant.TenantId;

    public ITenantContext Tenant => tenant;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlatformDbContext).Assembly);

        var apply = typeof(PlatformDbContext).GetMethod(nameof(ApplyTenantFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType)).ToList())
        {
            apply.MakeGenericMethod(entityType.ClrType).Invoke(this, [modelBuilder]);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private void ApplyTenantFilter<TEntity>(ModelBuilder modelBuilder)
        where TEntity : class, ITenantOwned
    {
        modelBuilder.Entity<TEntity>().HasQueryFilter(TenantFilter, e => e.TenantId == CurrentTenantId);
        modelBuilder.Entity<TEntity>().HasIndex(e => e.TenantId);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        CheckTenantOwnership();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        CheckTenantOwnership();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // Query filters guard reads only; this guards writes: new rows are stamped with the current tenant,
    // and any row of another tenant being written is refused before anything reaches the database.
    private void CheckTenantOwnership()
    {
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var current = tenant.TenantId
                ?? throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} is tenant-owned but no tenant is set for this unit of work.");
            var name = entry.Metadata.ClrType.Name;

            if (entry.State == EntityState.Added && entry.Entity.TenantId == Guid.Empty)
            {
                entry.Entity.TenantId = current;
            }

            var original = entry.State == EntityState.Added ? entry.Entity.TenantId : entry.Property(e => e.TenantId).OriginalValue;
            if (original != current)
            {
                throw new TenantMismatchException(name, current, original);
            }

            if (entry.Entity.TenantId != current)
            {
                throw new TenantMismatchException(name, current, entry.Entity.TenantId);
            }
        }
    }
}
