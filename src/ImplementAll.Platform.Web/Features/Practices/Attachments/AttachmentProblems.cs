using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Platform.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ImplementAll.Platform.Web.Features.Practices.Attachments;

/// <summary>
/// Uploads can fail in two ways the general failure kinds do not name: a kind of file that is not accepted (415) and a
/// file over the size limit (413). They travel as invalid-input failures with their own titles and become their own status codes here.
/// </summary>
public static class AttachmentProblems
{
    public const string UnsupportedTitle = "Unsupported file type";
    public const string TooLargeTitle = "File too large";

    public static Failure UnsupportedMediaType(string detail) => new(FailureKind.Invalid, UnsupportedTitle, detail);

    public static Failure TooLarge(long maxBytes) =>
        new(FailureKind.Invalid, TooLargeTitle, $"A file can be at most {AttachmentSizes.Format(maxBytes)}.");

    public static ProblemHttpResult ToAttachmentProblem(this Failure failure)
    {
        var status = failure switch
        {
            { Kind: FailureKind.Invalid, Title: UnsupportedTitle } => StatusCodes.Status415UnsupportedMediaType,
            { Kind: FailureKind.Invalid, Title: TooLargeTitle } => StatusCodes.Status413PayloadTooLarge,
            _ => 0,
        };
        return status == 0
            ? failure.ToProblem()
            : TypedResults.Problem(new ProblemDetails { Status = status, Title = failure.Title, Detail = failure.Detail });
    }
}

public static class AttachmentSizes
{
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / (1024.0 * 1024):0.#} MB",
    };
}
