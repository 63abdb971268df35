using System.ComponentModel.DataAnnotations;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Apply;

public sealed class ProgressInput
{
    [Required(ErrorMessage = "Choose a status.")]
    [EnumDataType(typeof(ActionStatus), ErrorMessage = "Choose one of Planned, InProgress, Done or Dropped.")]
    public ActionStatus? Status { get; set; }

    [Required(ErrorMessage = "Give the percentage complete.")]
    [Range(0, 100, ErrorMessage = "The percentage complete must be between 0 and 100.")]
    public int? PercentComplete { get; set; }

    [StringLength(ProjectLimits.ShortTextLength, ErrorMessage = "The note can be at most 1000 characters.")]
    public string? Note { get; set; }
}

public sealed record ProgressView(Guid Id, DateTime At, Guid ByUserId, string By, ActionStatus Status, int PercentComplete, string Note);

/// <summary>
/// The progress log of the plan's actions. An entry also moves the action itself (status, percentage, completion), so
/// the plan always shows the latest entry. Owners log their own actions; facilitators and leads log anyone's.
/// </summary>
public sealed class ActionProgressLog(PlatformDbContext db, ProjectAccess access, AuditTrail audit, TimeProvider clock) : IUseCase
{
    public async Task<Outcome<ProgressView>> LogAsync(Guid projectId, Guid actionId, ProgressInput input, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(projectId, ProjectRole.TeamMember, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        var scope = opened.Value!;
        var action = await db.PlanActions.SingleOrDefaultAsync(a => a.Id == actionId && a.ProjectId == projectId, cancellationToken);
        if (action is null)
        {
            return Failure.NotFound("The action");
        }

        if (CycleHistory.Refuse(scope.Project, action.Cycle, "action") is { } history)
        {
            return history;
        }

        if (action.OwnerUserId != scope.UserId && !scope.Can(ProjectRole.Facilitator))
        {
            return Failure.Forbidden("Only the action's owner, a facilitator or a lead can log its progress.");
        }

        if (Failure.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var status = input.Status!.Value;
        // Done means finished: a done action at 60 % would leave the plan contradicting itself.
        action.Status = status;
        action.PercentComplete = status == ActionStatus.Done ? 100 : input.PercentComplete!.Value;
        action.CompletedAt = status == ActionStatus.Done ? action.CompletedAt ?? now : null;
        var entry = new ActionProgress
        {
            ProjectId = projectId, ActionId = action.Id, At = now, ByUserId = scope.UserId, Status = status,
            PercentComplete = action.PercentComplete, Note = input.Note?.Trim() ?? "",
        };
        db.ActionProgress.Add(entry);
        audit.Record("project.action-progress", scope.Project.Title, $"{action.What}: {status} {action.PercentComplete} %");
        await db.SaveChangesAsync(cancellationToken);
        return new ProgressView(entry.Id, entry.At, entry.ByUserId, await NameAsync(scope.UserId, cancellationToken), entry.Status, entry.PercentComplete, entry.Note);
    }

    public async Task<Outcome<IReadOnlyList<ProgressView>>> HistoryAsync(Guid projectId, Guid actionId, CancellationToken cancellationToken)
    {
        var opened = await access.ReadAsync(projectId, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        if (!await db.PlanActions.AnyAsync(a => a.Id == actionId && a.ProjectId == projectId, cancellationToken))
        {
            return Failure.NotFound("The action");
        }

        var history = await HistoryOfAsync(projectId, [actionId], cancellationToken);
        return Outcome<IReadOnlyList<ProgressView>>.Success(history.GetValueOrDefault(actionId) ?? []);
    }

    /// <summary>The progress entries of several actions, newest first.</summary>
    public async Task<Dictionary<Guid, IReadOnlyList<ProgressView>>> HistoryOfAsync(Guid projectId, IReadOnlyCollection<Guid> actionIds, CancellationToken cancellationToken)
    {
        var entries = await db.ActionProgress.AsNoTracking()
            .Where(p => p.ProjectId == projectId && actionIds.Contains(p.ActionId))
            .Join(db.Users, p => p.ByUserId, u => u.Id, (p, u) => new { p, u.DisplayName })
            .ToListAsync(cancellationToken);
        return entries.GroupBy(x => x.p.ActionId).ToDictionary(g => g.Key, g => (IReadOnlyList<ProgressView>)g
            .OrderByDescending(x => x.p.At).ThenByDescending(x => x.p.Id)
            .Select(x => new ProgressView(x.p.Id, x.p.At, x.p.ByUserId, x.DisplayName, x.p.Status, x.p.PercentComplete, x.p.Note)).ToList());
    }

    private Task<string> NameAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
}
