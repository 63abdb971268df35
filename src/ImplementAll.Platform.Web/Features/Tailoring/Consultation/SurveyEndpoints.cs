using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Platform.Http;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ImplementAll.Platform.Web.Features.Tailoring.Consultation;

/// <summary>
/// Stakeholder surveys: the team's routes under a project (<c>.../projects/{projectId}/surveys</c>) and the respondents'
/// anonymous route <c>/api/v1/surveys/{token}</c>, where the token alone says which tenant and invitee it is.
/// </summary>
public static class SurveyEndpoints
{
    public static void Map(RouteGroupBuilder project)
    {
        var surveys = project.MapGroup("/surveys").WithTags("Stakeholder surveys");

        surveys.MapGet("", async (Guid projectId, SurveyKind? kind, SurveyReader reader, CancellationToken ct) => (await reader.ListAsync(projectId, kind, ct)).ToOk())
            .WithName("ListSurveys").WithSummary("The project's surveys (optionally of one kind) with status and response rate.");

        surveys.MapPost("", async Task<Results<Created<SurveyDetail>, ProblemHttpResult>> (
            Guid projectId, SurveyInput input, SurveyLifecycle lifecycle, SurveyReader reader, CurrentMembership membership, CancellationToken ct) =>
        {
            var created = await lifecycle.CreateAsync(projectId, input, ct);
            if (created.Failure is { } failure)
            {
                return failure.ToProblem();
            }

            var detail = await reader.GetAsync(projectId, created.Value, ct);
            return TypedResults.Created($"/api/v1/tenants/{membership.TenantId}/projects/{projectId}/surveys/{created.Value}", detail.Value!);
        }).WithName("CreateSurvey").WithSummary("Draft a survey in the current cycle (facilitators and leads).");

        surveys.MapGet("/{surveyId:guid}", async (Guid projectId, Guid surveyId, SurveyReader reader, CancellationToken ct) =>
            (await reader.GetAsync(projectId, surveyId, ct)).ToOk())
            .WithName("GetSurvey").WithSummary("A survey and its invitees, with who has answered.");

        surveys.MapPost("/{surveyId:guid}/invitees", async (Guid projectId, Guid surveyId, InviteeInput input, SurveyLifecycle lifecycle, CancellationToken ct) =>
            (await lifecycle.InviteAsync(projectId, surveyId, input, ct)).ToOk())
            .WithName("InviteToSurvey").WithSummary("Invite a stakeholder by email; in an open survey the personal link is mailed at once.");

        surveys.MapPost("/{surveyId:guid}/open", async (Guid projectId, Guid surveyId, SurveyLifecycle lifecycle, CancellationToken ct) =>
            (await lifecycle.OpenAsync(projectId, surveyId, ct)).ToNoContent())
            .WithName("OpenSurvey").WithSummary("Copy the items, open the survey and mail every invitee their personal link.");

        surveys.MapPost("/{surveyId:guid}/close", async (Guid projectId, Guid surveyId, SurveyLifecycle lifecycle, CancellationToken ct) =>
            (await lifecycle.CloseAsync(projectId, surveyId, ct)).ToNoContent())
            .WithName("CloseSurvey").WithSummary("Stop taking answers.");

        surveys.MapGet("/{surveyId:guid}/results", async (Guid projectId, Guid surveyId, SurveyResults results, CancellationToken ct) =>
            (await results.ForAsync(projectId, surveyId, ct)).ToOk())
            .WithName("GetSurveyResults").WithSummary("Per item and dimension: n, mean, SD and agreement; response rate, comments, proposals, NoMAD construct scores.");

        project.MapGet("/normalisation", async (Guid projectId, Projects.ProjectAccess access, NormalisationScores scores, CancellationToken ct) =>
        {
            var opened = await access.ReadAsync(projectId, ct);
            return (opened.Failure is { } refused ? refused : Outcome<IReadOnlyList<WaveScores>>.Success(await scores.ForProjectAsync(projectId, ct))).ToOk();
        }).WithTags("Stakeholder surveys").WithName("GetNormalisationScores").WithSummary("NoMAD construct scores of every normalisation wave, cycle by cycle.");
    }

    public static void MapPublic(RouteGroupBuilder api)
    {
        var answering = api.MapGroup("/surveys/{token}").WithTags("Survey answering (no account)").AllowAnonymous();

        answering.MapGet("", async Task<Results<Ok<SurveyForm>, ProblemHttpResult>> (string token, SurveyAnswering answer, CancellationToken ct) =>
            Respond(await answer.ReadAsync(token, ct), form => TypedResults.Ok(form)))
            .WithName("ReadSurvey").WithSummary("The survey a personal link opens: items, dimensions and what may be proposed.");

        answering.MapPost("", async Task<Results<NoContent, ProblemHttpResult>> (string token, AnswersInput input, SurveyAnswering answer, CancellationToken ct) =>
            Respond(await answer.SubmitAsync(token, input, ct), _ => TypedResults.NoContent()))
            .WithName("AnswerSurvey").WithSummary("Submit the answers, once: 404 for a link that is not valid, 410 once closed, 409 when already answered.");
    }

    private static Results<TOk, ProblemHttpResult> Respond<T, TOk>(Outcome<T> outcome, Func<T, TOk> ok)
        where TOk : IResult =>
        outcome.Failure switch
        {
            null => ok(outcome.Value!),
            var closed when closed == SurveyAnswering.Closed => TypedResults.Problem(closed.Detail, statusCode: StatusCodes.Status410Gone, title: closed.Title),
            var failure => failure.ToProblem(),
        };
}
