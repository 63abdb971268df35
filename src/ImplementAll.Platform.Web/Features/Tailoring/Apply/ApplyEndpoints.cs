using ImplementAll.Platform.Web.Platform.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ImplementAll.Platform.Web.Features.Tailoring.Apply;

/// <summary>Module 4 (Apply and review) and review cycles, under a project's API route.</summary>
public static class ApplyEndpoints
{
    public static void Map(RouteGroupBuilder project)
    {
        project.MapGet("/apply", async (Guid projectId, ApplyBoard board, CancellationToken ct) => (await board.GetAsync(projectId, ct)).ToOk())
            .WithName("GetApplyBoard").WithSummary("The current cycle's actions with their progress, the indicators with their measurements, and the reflection.");

        project.MapGet("/actions/{actionId:guid}/progress", async (Guid projectId, Guid actionId, ActionProgressLog log, CancellationToken ct) =>
            (await log.HistoryAsync(projectId, actionId, ct)).ToOk())
            .WithName("ListActionProgress").WithSummary("An action's progress log, newest first.");

        project.MapPost("/actions/{actionId:guid}/progress", async (Guid projectId, Guid actionId, ProgressInput input, ActionProgressLog log, CancellationToken ct) =>
            (await log.LogAsync(projectId, actionId, input, ct)).ToOk())
            .WithName("LogActionProgress")
            .WithSummary("Log progress on an action of the current cycle (its owner, facilitators, leads); moves the action's status and percentage. Done means 100 %.");

        project.MapPost("/indicators/{indicatorId:guid}/measurements", async (Guid projectId, Guid indicatorId, MeasurementInput input, IndicatorMeasurements measurements, CancellationToken ct) =>
            (await measurements.RecordAsync(projectId, indicatorId, input, ct)).ToOk())
            .WithName("RecordIndicatorMeasurement")
            .WithSummary("Record a success indicator's value on a date between the project's start and today (team members); stored with the current cycle.");

        project.MapDelete("/measurements/{measurementId:guid}", async (Guid projectId, Guid measurementId, IndicatorMeasurements measurements, CancellationToken ct) =>
            (await measurements.DeleteAsync(projectId, measurementId, ct)).ToNoContent())
            .WithName("DeleteIndicatorMeasurement").WithSummary("Delete a measurement of the current cycle (facilitators and leads).");

        MapCycles(project);
    }

    private static void MapCycles(RouteGroupBuilder project)
    {
        project.MapGet("/cycles", async (Guid projectId, CycleComparison comparison, CancellationToken ct) => (await comparison.CompareAsync(projectId, ct)).ToOk())
            .WithName("CompareProjectCycles")
            .WithSummary("Every cycle side by side: goals, prioritised barriers, selected strategies, actions done and overdue, indicators, NoMAD scores, reflection.");

        project.MapGet("/cycles/{cycleNumber:int}", async (Guid projectId, int cycleNumber, CycleComparison comparison, CancellationToken ct) =>
            (await comparison.OneAsync(projectId, cycleNumber, ct)).ToOk())
            .WithName("GetProjectCycle").WithSummary("One cycle's summary, as in the comparison.");

        project.MapPost("/cycles", async Task<Results<Created<CycleStarted>, ProblemHttpResult>> (
            Guid projectId, HttpContext http, ReviewCycles cycles, CancellationToken ct) =>
        {
            var started = await cycles.StartNextAsync(projectId, ct);
            return started.Failure is { } failure
                ? failure.ToProblem()
                : TypedResults.Created($"{http.Request.Path}/{started.Value!.Number}", started.Value);
        }).WithName("StartProjectCycle")
            .WithSummary("Start the next cycle once module 4 of the current one is done (facilitators, leads): copies goals, barriers, strategies and open actions.");

        project.MapPut("/cycles/{cycleNumber:int}/reflection", async (Guid projectId, int cycleNumber, ReflectionInput input, ReviewCycles cycles, CancellationToken ct) =>
            (await cycles.ReflectAsync(projectId, cycleNumber, input, ct)).ToNoContent())
            .WithName("WriteCycleReflection").WithSummary("Write the current cycle's reflection: what worked, what to adapt (facilitators and leads).");
    }
}
