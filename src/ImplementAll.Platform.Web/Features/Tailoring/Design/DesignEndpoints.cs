using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Features.Reference;
using ImplementAll.Platform.Web.Platform.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace ImplementAll.Platform.Web.Features.Tailoring.Design;

public sealed record AddedResource(Guid Id);

/// <summary>Module 3 under <c>/api/v1/tenants/{tenantId}/projects/{projectId}</c>: the plan, its actions and the success indicators.</summary>
public static class DesignEndpoints
{
    public static void Map(RouteGroupBuilder project)
    {
        project.MapGet("/plan", async (Guid projectId, PlanReader plans, CancellationToken ct) => (await plans.ReadAsync(projectId, ct)).ToOk())
            .WithName("GetProjectPlan")
            .WithSummary("The current cycle's plan: goals, prioritised barriers, selected strategies, actions with owners and dates, indicators, module owners.");

        project.MapGet("/plan.docx", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
            Guid projectId, PlanReader plans, ReferenceCatalogue catalogue, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        {
            var plan = await plans.ReadAsync(projectId, ct);
            if (plan.Failure is { } failure)
            {
                return failure.ToProblem();
            }

            var file = PlanDocx.Write(plan.Value!, ProctorOutcomes.Of(catalogue), text);
            return TypedResults.File(file, WordDocument.ContentType, $"plan-cycle-{plan.Value!.Project.CurrentCycle}.docx");
        })
            .Produces(StatusCodes.Status200OK, contentType: WordDocument.ContentType)
            .WithName("DownloadProjectPlanDocx")
            .WithSummary("The current cycle's plan as a Word document (DOCX), with the sections of the printable plan.");

        MapActions(project.MapGroup("/plan/actions"));
        MapIndicators(project.MapGroup("/indicators"));
    }

    private static void MapActions(RouteGroupBuilder group)
    {
        group.MapPost("", async (Guid projectId, ActionInput input, PlanActions actions, HttpRequest request, CancellationToken ct) =>
            Created(await actions.AddAsync(projectId, input, ct), request))
            .WithName("AddPlanAction")
            .WithSummary("Add an action to the current cycle's plan (team members): what, an owner on the team, start and due dates inside the project, optionally a selected strategy.");

        group.MapPut("/{actionId:guid}", async (Guid projectId, Guid actionId, ActionInput input, PlanActions actions, CancellationToken ct) =>
            (await actions.EditAsync(projectId, actionId, input, ct)).ToNoContent())
            .WithName("EditPlanAction")
            .WithSummary("Change an action of the current cycle (its owner or a facilitator); an earlier cycle's action is history (409).");

        group.MapDelete("/{actionId:guid}", async (Guid projectId, Guid actionId, PlanActions actions, CancellationToken ct) =>
            (await actions.DeleteAsync(projectId, actionId, ct)).ToNoContent())
            .WithName("DeletePlanAction")
            .WithSummary("Remove an action of the current cycle (facilitators and leads).");
    }

    private static void MapIndicators(RouteGroupBuilder group)
    {
        group.MapGet("/outcomes", async (Guid projectId, SuccessIndicators indicators, CancellationToken ct) =>
            (await indicators.OutcomesAsync(projectId, ct)).ToOk())
            .WithName("ListIndicatorOutcomes")
            .WithSummary("Proctor's implementation outcomes an indicator can be tied to, with their source and licence.");

        group.MapPost("", async (Guid projectId, IndicatorInput input, SuccessIndicators indicators, HttpRequest request, CancellationToken ct) =>
            Created(await indicators.AddAsync(projectId, input, ct), request))
            .WithName("AddSuccessIndicator")
            .WithSummary("Define a success indicator (facilitators): a Proctor implementation outcome, name, unit, baseline, target and an owner on the team.");

        group.MapPut("/{indicatorId:guid}", async (Guid projectId, Guid indicatorId, IndicatorInput input, SuccessIndicators indicators, CancellationToken ct) =>
            (await indicators.EditAsync(projectId, indicatorId, input, ct)).ToNoContent())
            .WithName("EditSuccessIndicator")
            .WithSummary("Change an indicator defined in the current cycle (facilitators).");

        group.MapDelete("/{indicatorId:guid}", async (Guid projectId, Guid indicatorId, SuccessIndicators indicators, CancellationToken ct) =>
            (await indicators.DeleteAsync(projectId, indicatorId, ct)).ToNoContent())
            .WithName("DeleteSuccessIndicator")
            .WithSummary("Remove an indicator of the current cycle (facilitators); refused (409) once it has measurements.");
    }

    private static Results<Created<AddedResource>, ProblemHttpResult> Created(Outcome<Guid> added, HttpRequest request) =>
        added.Failure is { } failure
            ? failure.ToProblem()
            : TypedResults.Created($"{request.PathBase}{request.Path}/{added.Value}", new AddedResource(added.Value));
}
