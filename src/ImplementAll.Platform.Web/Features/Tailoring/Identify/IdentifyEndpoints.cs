using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Platform.Http;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ImplementAll.Platform.Web.Features.Tailoring.Identify;

/// <summary>Module 1 under a project: goals, candidate barriers, the three priorities, and stakeholders' proposals.</summary>
public static class IdentifyEndpoints
{
    public static void Map(RouteGroupBuilder project)
    {
        var goals = project.MapGroup("/goals").WithTags("Module 1: identify");
        goals.MapGet("", async (Guid projectId, int? cycle, Goals list, CancellationToken ct) => (await list.ListAsync(projectId, cycle, ct)).ToOk())
            .WithName("ListGoals").WithSummary("Implementation goals of the current cycle (or ?cycle=n), with owners.");
        goals.MapPost("", async (Guid projectId, GoalInput input, Goals add, CurrentMembership membership, CancellationToken ct) =>
            Created(await add.AddAsync(projectId, input, ct), membership, projectId, "goals")).WithName("AddGoal").WithSummary("Add a goal with a measurable target and an owner on the team (team members and up).");
        goals.MapPut("/{goalId:guid}", async (Guid projectId, Guid goalId, GoalInput input, Goals edit, CancellationToken ct) =>
            (await edit.EditAsync(projectId, goalId, input, ct)).ToNoContent()).WithName("EditGoal").WithSummary("Edit a goal of the current cycle.");
        goals.MapDelete("/{goalId:guid}", async (Guid projectId, Guid goalId, Goals remove, CancellationToken ct) =>
            (await remove.DeleteAsync(projectId, goalId, ct)).ToNoContent()).WithName("RemoveGoal").WithSummary("Remove a goal of the current cycle.");

        var barriers = project.MapGroup("/barriers").WithTags("Module 1: identify");
        barriers.MapGet("", async (Guid projectId, int? cycle, Barriers list, CancellationToken ct) => (await list.ListAsync(projectId, cycle, ct)).ToOk())
            .WithName("ListBarriers").WithSummary("Candidate barriers of the current cycle (or ?cycle=n), prioritised ones first.");
        barriers.MapPost("", async (Guid projectId, BarrierInput input, Barriers add, CurrentMembership membership, CancellationToken ct) =>
            Created(await add.AddAsync(projectId, input, ct), membership, projectId, "barriers")).WithName("AddBarrier").WithSummary("Add a candidate barrier from an ItFits theme or a custom one; every code is checked against the reference data.");
        barriers.MapPut("/{barrierId:guid}", async (Guid projectId, Guid barrierId, BarrierInput input, Barriers edit, CancellationToken ct) =>
            (await edit.EditAsync(projectId, barrierId, input, ct)).ToNoContent()).WithName("EditBarrier").WithSummary("Edit a candidate barrier of the current cycle.");
        barriers.MapDelete("/{barrierId:guid}", async (Guid projectId, Guid barrierId, Barriers remove, CancellationToken ct) =>
            (await remove.DeleteAsync(projectId, barrierId, ct)).ToNoContent()).WithName("RemoveBarrier").WithSummary("Remove a barrier that no strategy uses yet.");

        barriers.MapPut("/{barrierId:guid}/priority", async (Guid projectId, Guid barrierId, PriorityInput input, Prioritisation priorities, CancellationToken ct) =>
            (await priorities.SetAsync(projectId, barrierId, input.Priority, ct)).ToNoContent())
            .WithName("PrioritiseBarrier").WithSummary("Give a barrier priority 1 to 3 (facilitators); a fourth prioritised barrier is refused with 409.");
        barriers.MapDelete("/{barrierId:guid}/priority", async (Guid projectId, Guid barrierId, Prioritisation priorities, CancellationToken ct) =>
            (await priorities.RemoveAsync(projectId, barrierId, ct)).ToNoContent())
            .WithName("UnprioritiseBarrier").WithSummary("Make a prioritised barrier a candidate again; the others close the gap.");
        project.MapPut("/priorities", async (Guid projectId, PriorityOrderInput input, Prioritisation priorities, CancellationToken ct) =>
            (await priorities.ReorderAsync(projectId, input, ct)).ToNoContent())
            .WithTags("Module 1: identify").WithName("ReorderPriorities").WithSummary("Reorder the prioritised barriers, most important first.");

        project.MapGet("/proposals", async (Guid projectId, Proposals list, CancellationToken ct) => (await list.ListAsync(projectId, ct)).ToOk())
            .WithTags("Module 1: identify").WithName("ListProposedBarriers").WithSummary("Barriers stakeholders proposed in consultations, adopted or not.");
        project.MapPost("/proposals/{proposalId:guid}/adopt", async (Guid projectId, Guid proposalId, Proposals adopt, CancellationToken ct) =>
            (await adopt.AdoptAsync(projectId, proposalId, ct)).ToOk())
            .WithTags("Module 1: identify").WithName("AdoptProposedBarrier").WithSummary("Adopt a proposal as a candidate barrier of the current cycle; returns its id.");
    }

    private static Results<Created<Guid>, ProblemHttpResult> Created(Outcome<Guid> added, CurrentMembership membership, Guid projectId, string collection) =>
        added.Failure is { } failure ? failure.ToProblem()
            : TypedResults.Created($"/api/v1/tenants/{membership.TenantId}/projects/{projectId}/{collection}/{added.Value}", added.Value);
}
