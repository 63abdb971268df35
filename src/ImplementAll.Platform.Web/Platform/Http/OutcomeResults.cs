using ImplementAll.Platform.Core.Results;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ImplementAll.Platform.Web.Platform.Http;

/// <summary>Turns a use case's failure into the two shapes users meet: problem details (API) or messages beside fields (pages).</summary>
public static class OutcomeResults
{
    public static ProblemHttpResult ToProblem(this Failure failure)
    {
        var status = failure.Kind switch
        {
            FailureKind.Invalid => StatusCodes.Status400BadRequest,
            FailureKind.NotFound => StatusCodes.Status404NotFound,
            FailureKind.Conflict => StatusCodes.Status409Conflict,
            FailureKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status500InternalServerError,
        };
        ProblemDetails problem = failure.Errors is { Count: > 0 } errors
            ? new HttpValidationProblemDetails(errors.ToDictionary(e => ApiFieldName(e.Key), e => e.Value))
            : new ProblemDetails();
        problem.Status = status;
        problem.Title = failure.Title;
        problem.Detail = failure.Detail;
        return TypedResults.Problem(problem);
    }

    /// <summary>The API's answer to a use case: its value with 200, or its failure as problem details.</summary>
    public static Results<Ok<T>, ProblemHttpResult> ToOk<T>(this Outcome<T> outcome) =>
        outcome.Failure is { } failure ? failure.ToProblem() : TypedResults.Ok(outcome.Value!);

    /// <summary>For use cases with nothing to return: 204, or the failure as problem details.</summary>
    public static Results<NoContent, ProblemHttpResult> ToNoContent(this Outcome<Done> outcome) =>
        outcome.Failure is { } failure ? failure.ToProblem() : TypedResults.NoContent();

    /// <summary>Puts each failure message beside its field (or at the top of the form when it concerns no one field).</summary>
    public static void AddTo(this Failure failure, ModelStateDictionary modelState, string prefix = "Input")
    {
        if (failure.Errors is { Count: > 0 } errors)
        {
            foreach (var (field, messages) in errors)
            {
                foreach (var message in messages)
                {
                    modelState.AddModelError(string.IsNullOrEmpty(field) || string.IsNullOrEmpty(prefix) ? field : $"{prefix}.{field}", message);
                }
            }
        }
        else
        {
            modelState.AddModelError("", failure.Detail);
        }
    }

    /// <summary>API clients see JSON names: every segment of a path like Evidence[0].Citation in camel case.</summary>
    private static string ApiFieldName(string field) =>
        string.Join('.', field.Split('.').Select(segment => segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));
}
