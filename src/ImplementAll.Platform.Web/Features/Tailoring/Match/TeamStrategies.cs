using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Features.Tailoring.Matching;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Match;

public sealed record TeamStrategyView(
    Guid Id, Guid BarrierId, string BarrierTitle, int Cycle, string? EricStrategyId, string? CategoryId, string? CategoryName, string Title,
    string Description, string Evidence, bool Shortlisted, bool Selected, string Rationale, DateTime CreatedAt, int PlanActions);

/// <summary>
/// The team's strategies per prioritised barrier: added from the suggestions or written by the team, shortlisted for
/// the stakeholders' rating round and selected for the plan. A strategy the plan carries out stays selected and listed.
/// </summary>
public sealed class TeamStrategies(
    PlatformDbContext db, ProjectAccess access, BarrierSuggestions suggestions, StrategyMatcher matcher, StrategyCategoryMap categories,
    AuditTrail audit, TimeProvider clock) : IUseCase
{
    /// <summary>The strategies of a cycle (the current one unless another is named), by barrier priority.</summary>
    public async Task<Outcome<IReadOnlyList<TeamStrategyView>>> ListAsync(Guid projectId, int? cycle, CancellationToken ct)
    {
        var opened = await access.ReadAsync(projectId, ct);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        var number = cycle ?? opened.Value!.Project.CurrentCycle;
        var rows = await db.ProjectStrategies.AsNoTracking().Where(s => s.ProjectId == projectId && s.Cycle == number)
            .Join(db.Barriers.Where(b => b.ProjectId == projectId), s => s.BarrierId, b => b.Id, (s, b) => new { s, b.Title, b.Priority })
            .Select(x => new { x.s, x.Title, x.Priority, Actions = db.PlanActions.Count(a => a.ProjectId == projectId && a.StrategyId == x.s.Id) })
            .ToListAsync(ct);
        return rows.OrderBy(x => x.Priority ?? int.MaxValue).ThenBy(x => x.Title).ThenByDescending(x => x.s.Selected)
            .ThenByDescending(x => x.s.Shortlisted).ThenBy(x => x.s.CreatedAt)
            .Select(x => new TeamStrategyView(x.s.Id, x.s.BarrierId, x.Title, x.s.Cycle, x.s.EricStrategyId, x.s.CategoryId,
                x.s.CategoryId is { } c ? categories.FindCategory(c)?.Name : null, x.s.Title, x.s.Description, x.s.Evidence, x.s.Shortlisted,
                x.s.Selected, x.s.Rationale, x.s.CreatedAt, x.Actions))
            .ToList();
    }

    public async Task<Outcome<Guid>> AddAsync(Guid projectId, StrategyInput input, CancellationToken ct)
    {
        var opened = await access.OpenAsync(projectId, ProjectRole.TeamMember, ct);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        var eric = input.IsOwn ? null : matcher.Strategies.Find(input.EricStrategyId!.Trim());
        var invalid = Failure.Validate(input)
            ?? (!input.IsOwn && eric is null ? Failure.Field(nameof(StrategyInput.EricStrategyId), $"'{input.EricStrategyId}' is not an ERIC strategy id (eric-01 to eric-73).") : null)
            ?? (input.IsOwn ? UnknownCategory(input.CategoryId!, nameof(StrategyInput.CategoryId)) : null);
        if (invalid is not null)
        {
            return invalid;
        }

        var project = opened.Value!.Project;
        var barrier = await db.Barriers.AsNoTracking().SingleOrDefaultAsync(b => b.Id == input.BarrierId && b.ProjectId == projectId, ct);
        if (barrier is null)
        {
            return Failure.NotFound("The barrier");
        }

        if (BarrierSuggestions.NotMatchable(barrier, project) is { } conflict)
        {
            return conflict;
        }

        if (eric is not null && await db.ProjectStrategies.AnyAsync(s => s.ProjectId == projectId && s.BarrierId == barrier.Id && s.EricStrategyId == eric.Id, ct))
        {
            return Failure.Conflict("Already on the list", $"'{eric.Name}' is already on the list for '{barrier.Title}'.");
        }

        var strategy = new ProjectStrategy
        {
            ProjectId = projectId, Cycle = project.CurrentCycle, BarrierId = barrier.Id, EricStrategyId = eric?.Id,
            CategoryId = eric is null ? input.CategoryId!.Trim() : categories.ForCluster(eric.ClusterId).Id,
            Title = eric?.Name ?? input.Title!.Trim(), Description = input.Description?.Trim() ?? "", Rationale = input.Rationale?.Trim() ?? "",
            Evidence = eric is null ? "" : suggestions.Find(barrier, eric.Id)?.Strategy.Explanation ?? "",
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ProjectStrategies.Add(strategy);
        audit.Record("project.strategy-added", project.Title, strategy.Title);
        await db.SaveChangesAsync(ct);
        return strategy.Id;
    }

    public Task<Outcome<Done>> ChangeAsync(Guid projectId, Guid strategyId, StrategyChange change, CancellationToken ct) =>
        EditAsync(projectId, strategyId, "project.strategy-changed", async (strategy, actions) =>
        {
            if (Failure.Validate(change) is { } invalid)
            {
                return invalid;
            }

            if (strategy.EricStrategyId is not null && (change.Title is not null && change.Title.Trim() != strategy.Title
                || change.CategoryId is not null && change.CategoryId.Trim() != strategy.CategoryId))
            {
                return Failure.Field(change.Title is not null ? nameof(StrategyChange.Title) : nameof(StrategyChange.CategoryId),
                    "An ERIC strategy keeps its name and category; write your own strategy to describe it differently.");
            }

            if (change.Title is not null && change.Title.Trim().Length == 0)
            {
                return Failure.Field(nameof(StrategyChange.Title), "Give your strategy a title.");
            }

            if (change.CategoryId is not null && UnknownCategory(change.CategoryId, nameof(StrategyChange.CategoryId)) is { } unknown)
            {
                return unknown;
            }

            if (!change.Selected && strategy.Selected && await actions())
            {
                return Failure.Conflict("Used by the plan", $"'{strategy.Title}' is carried out by actions of the plan; change those actions before deselecting it.");
            }

            (strategy.Shortlisted, strategy.Selected) = (change.Shortlisted, change.Selected);
            strategy.Rationale = change.Rationale?.Trim() ?? strategy.Rationale;
            strategy.Title = change.Title?.Trim() ?? strategy.Title;
            strategy.CategoryId = change.CategoryId?.Trim() ?? strategy.CategoryId;
            strategy.Description = change.Description?.Trim() ?? strategy.Description;
            return null;
        }, ct);

    public Task<Outcome<Done>> RemoveAsync(Guid projectId, Guid strategyId, CancellationToken ct) =>
        EditAsync(projectId, strategyId, "project.strategy-removed", async (strategy, actions) =>
        {
            if (await actions())
            {
                return Failure.Conflict("Used by the plan", $"'{strategy.Title}' is carried out by actions of the plan; remove or change those actions first.");
            }

            db.ProjectStrategies.Remove(strategy);
            return null;
        }, ct);

    private Failure? UnknownCategory(string categoryId, string field) => categories.FindCategory(categoryId.Trim()) is null
        ? Failure.Field(field, $"'{categoryId}' is not an ItFits strategy category (itfits-s1 to itfits-s6).")
        : null;

    /// <summary>Opens the project for a team member, finds the strategy in the current cycle and applies <paramref name="edit"/> (null = saved).</summary>
    private async Task<Outcome<Done>> EditAsync(
        Guid projectId, Guid strategyId, string action, Func<ProjectStrategy, Func<Task<bool>>, Task<Failure?>> edit, CancellationToken ct)
    {
        var opened = await access.OpenAsync(projectId, ProjectRole.TeamMember, ct);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        var project = opened.Value!.Project;
        var strategy = await db.ProjectStrategies.SingleOrDefaultAsync(s => s.Id == strategyId && s.ProjectId == projectId, ct);
        if (strategy is null)
        {
            return Failure.NotFound("The strategy");
        }

        if (CycleHistory.Refuse(project, strategy.Cycle, "strategy") is { } history)
        {
            return history;
        }

        if (await edit(strategy, () => db.PlanActions.AnyAsync(a => a.ProjectId == projectId && a.StrategyId == strategy.Id, ct)) is { } failure)
        {
            return failure;
        }

        audit.Record(action, project.Title, strategy.Title);
        await db.SaveChangesAsync(ct);
        return new Done();
    }
}
