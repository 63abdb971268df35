using ImplementAll.Platform.Core.Audit;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Web.Platform.Identity;

namespace ImplementAll.Platform.Web.Features.Audit;

/// <summary>Adds an audit entry to the pending change, so the record and the change commit together or not at all.</summary>
public sealed class AuditTrail(PlatformDbContext db, CurrentUser user, TimeProvider clock)
{
    public void Record(string action, string? target = null, string? details = null) =>
        Record(user.User?.Id, user.DisplayName, action, target, details);

    public void Record(Guid? actorId, string actorName, string action, string? target = null, string? details = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            ActorUserId = actorId,
            ActorName = actorName,
            Action = action,
            Target = target,
            Details = details,
            At = clock.GetUtcNow().UtcDateTime,
        });
}
