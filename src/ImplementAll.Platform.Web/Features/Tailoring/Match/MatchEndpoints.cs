using ImplementAll.Platform.Web.Platform.Http;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ImplementAll.Platform.Web.Features.Tailoring.Match;

/// <summary>Module 2 (Match) under <c>/api/v1/tenants/{tenantId}/projects/{projectId}</c>: suggestions per prioritised barrier and the team's strategies.</summary>
public static class MatchEndpoints
{
    public static void Map(RouteGroupBuilder project)
    {
        project.MapGet("/barriers/{barrierId:guid}/suggestions", async (
            Guid projectId, Guid barrierId, string? category, bool? all, BarrierSuggestions suggestions, CancellationToken ct) =>
            (await suggestions.ForBarrierAsync(projectId, barrierId, category, all ?? false, ct)).ToOk())
            .WithName("SuggestProjectStrategies")
            .WithSummary("ERIC strategies ranked for a prioritised barrier of the current cycle through its CFIR-ERIC barrier, else its ItFits theme, " +
                "else by go-zone alone; each with its explanation and ItFits category, and which data the ranking used. " +
                "Top 10 unless all=true; category=itfits-s.. filters.");

        project.MapGet("/strategies", async (Guid projectId, int? cycle, TeamStrategies strategies, CancellationToken ct) =>
            (await strategies.ListAsync(projectId, cycle, ct)).ToOk())
            .WithName("ListProjectStrategies")
            .WithSummary("The team's strategies per barrier for the current cycle (or cycle=N), with shortlist and selection.");

        project.MapPost("/strategies", async Task<Results<Created<Guid>, ProblemHttpResult>> (
            Guid projectId, StrategyInput input, TeamStrategies strategies, CurrentMembership membership, CancellationToken ct) =>
        {
            var added = await strategies.AddAsync(projectId, input, ct);
            return added.Failure is { } failure
                ? failure.ToProblem()
                : TypedResults.Created($"/api/v1/tenants/{membership.TenantId}/projects/{projectId}/strategies/{added.Value}", added.Value);
        })
            .WithName("AddProjectStrategy")
            .WithSummary("Put a suggested ERIC strategy (ericStrategyId) or the team's own (title, categoryId, description) on a prioritised barrier's list (team members).");

        project.MapPut("/strategies/{strategyId:guid}", async (Guid projectId, Guid strategyId, StrategyChange change, TeamStrategies strategies, CancellationToken ct) =>
            (await strategies.ChangeAsync(projectId, strategyId, change, ct)).ToNoContent())
            .WithName("ChangeProjectStrategy")
            .WithSummary("Shortlist (for the stakeholders' rating) or select (for the plan) a strategy, give the rationale; edit the team's own strategy.");

        project.MapDelete("/strategies/{strategyId:guid}", async (Guid projectId, Guid strategyId, TeamStrategies strategies, CancellationToken ct) =>
            (await strategies.RemoveAsync(projectId, strategyId, ct)).ToNoContent())
            .WithName("RemoveProjectStrategy")
            .WithSummary("Take a strategy off the list; refused while an action of the plan carries it out.");
    }
}
