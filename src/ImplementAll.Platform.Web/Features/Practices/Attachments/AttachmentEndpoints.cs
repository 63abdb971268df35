using ImplementAll.Platform.Core.Blobs;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Platform.Http;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;

namespace ImplementAll.Platform.Web.Features.Practices.Attachments;

public static class AttachmentEndpoints
{
    public const string FilesPath = "/files";

    public static void Map(WebApplication app, RouteGroupBuilder api, RouteGroupBuilder tenant)
    {
        MapOwned(tenant.MapGroup("/practices/{practiceId:guid}/attachments").WithTags("Practice attachments (owner)"));
        MapPublic(api.MapGroup("/practices/{practiceId:guid}/attachments").WithTags("Practice attachments (public)").AllowAnonymous());
        MapFiles(app);
        MapCuration(api.MapGroup("/curation/practices/{practiceId:guid}/attachments").WithTags("Curation")
            .RequireAuthorization(Platform.Identity.AuthenticationSetup.CuratorPolicy));
    }

    private static void MapOwned(RouteGroupBuilder owned)
    {
        owned.MapPost("", async Task<Results<Created<AttachmentView>, ProblemHttpResult>> (
            Guid practiceId, HttpRequest request, PracticeAttachments attachments, CancellationToken ct) =>
        {
            // The practice is looked up before a byte of the body is read: a stranger's upload goes nowhere.
            if (await attachments.CheckUploadAsync(practiceId, ct) is { } refused)
            {
                return refused.ToAttachmentProblem();
            }

            var received = await AttachmentUpload.ReadAsync(request, attachments.MaxBytes, ct);
            if (received.Failure is { } unreadable)
            {
                return unreadable.ToAttachmentProblem();
            }

            await using var file = received.Value!;
            var outcome = await attachments.AddAsync(practiceId, file.FileName, file.Content, ct);
            return outcome.Failure is { } failure
                ? failure.ToAttachmentProblem()
                : TypedResults.Created(outcome.Value!.DownloadUrl, outcome.Value);
        })
            .RequireTenantRole(TenantRole.Editor)
            // A bearer-token API: no cookie rides along, so there is nothing for a forged cross-site form to borrow.
            .DisableAntiforgery()
            // No Accepts<IFormFile>() metadata: routing would answer 415 by content type before the tenant is checked, so a
            // stranger could tell an upload route from a missing one. The handler reads and checks the multipart body itself,
            // and the API description is told about it here.
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["multipart/form-data"] = new()
                        {
                            Schema = new OpenApiSchema
                            {
                                Type = JsonSchemaType.Object,
                                Required = new HashSet<string> { AttachmentUpload.Field },
                                Properties = new Dictionary<string, IOpenApiSchema>
                                {
                                    [AttachmentUpload.Field] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                                },
                            },
                        },
                    },
                };
                return Task.CompletedTask;
            })
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithName("AddPracticeAttachment")
            .WithSummary("Attach a file (multipart field 'file'): PDF, PNG, JPEG, GIF, WebP, Word, Excel, PowerPoint or OpenDocument, told by its content; at most 20 per practice.");

        owned.MapGet("", async Task<Results<Ok<IReadOnlyList<AttachmentView>>, ProblemHttpResult>> (
            Guid practiceId, PracticeAttachments attachments, CancellationToken ct) =>
            await attachments.ListAsync(practiceId, ct) is { } list ? TypedResults.Ok(list) : Failure.NotFound("The practice").ToProblem())
            .WithName("ListPracticeAttachments").WithSummary("The practice's attachments, whatever state the practice is in.");

        owned.MapDelete("/{attachmentId:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
            Guid practiceId, Guid attachmentId, PracticeAttachments attachments, CancellationToken ct) =>
            (await attachments.DeleteAsync(practiceId, attachmentId, ct)).Failure is { } failure ? failure.ToProblem() : TypedResults.NoContent())
            .RequireTenantRole(TenantRole.Editor).WithName("RemovePracticeAttachment").WithSummary("Remove an attachment and its file.");

        owned.MapGet("/{attachmentId:guid}/download", async (
            Guid practiceId, Guid attachmentId, PracticeAttachments attachments, HttpResponse response, CancellationToken ct) =>
            RedirectOrProblem(await attachments.DownloadAsync(practiceId, attachmentId, thumbnail: false, ct), response))
            .WithName("DownloadOwnPracticeAttachment").WithSummary("Redirects (302) to a link valid for five minutes; drafts included.");

        owned.MapGet("/{attachmentId:guid}/thumbnail", async (
            Guid practiceId, Guid attachmentId, PracticeAttachments attachments, HttpResponse response, CancellationToken ct) =>
            RedirectOrProblem(await attachments.DownloadAsync(practiceId, attachmentId, thumbnail: true, ct), response))
            .WithName("DownloadOwnPracticeAttachmentThumbnail").WithSummary("An image attachment's 320-pixel-wide PNG thumbnail (302 to a short-lived link).");
    }

    private static void MapPublic(RouteGroupBuilder published)
    {
        published.MapGet("", async Task<Results<Ok<IReadOnlyList<PublicAttachmentView>>, ProblemHttpResult>> (
            Guid practiceId, PracticeAttachments attachments, CancellationToken ct) =>
            await attachments.PublicListAsync(practiceId, ct) is { } list ? TypedResults.Ok(list) : Failure.NotFound("The practice").ToProblem())
            .WithName("ListPracticeAttachmentsPublic").WithSummary("Attachments of a published practice.");

        published.MapGet("/{attachmentId:guid}/download", async (
            Guid practiceId, Guid attachmentId, PracticeAttachments attachments, HttpResponse response, CancellationToken ct) =>
            RedirectOrProblem(await attachments.PublicDownloadAsync(practiceId, attachmentId, thumbnail: false, ct), response))
            .WithName("DownloadPracticeAttachment").WithSummary("Redirects (302) to a link valid for five minutes.");

        published.MapGet("/{attachmentId:guid}/thumbnail", async (
            Guid practiceId, Guid attachmentId, PracticeAttachments attachments, HttpResponse response, CancellationToken ct) =>
            RedirectOrProblem(await attachments.PublicDownloadAsync(practiceId, attachmentId, thumbnail: true, ct), response))
            .WithName("DownloadPracticeAttachmentThumbnail").WithSummary("An image attachment's thumbnail (302 to a short-lived link).");
    }

    /// <summary>
    /// The embedded face's download links (<c>/files/{tenant}/{key}?name=&amp;expires=&amp;sig=</c>), which the file-system
    /// blob store signs. The signature is the permission, so a browser follows the link without signing in; that is why the
    /// route is not tenant-scoped, and why its tenant parameter is not called <c>tenantId</c> (which would ask for a membership).
    /// In the cloud face downloads go to the storage service and every link here is refused.
    /// </summary>
    private static void MapFiles(WebApplication app)
    {
        app.MapGet(FilesPath + "/{owner:guid}/{key}", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (
            Guid owner, string key, HttpRequest request, HttpResponse response, ISignedBlobUrlValidator validator, IBlobStore blobs, CancellationToken ct) =>
        {
            var name = request.Query["name"].ToString();
            var signature = request.Query["sig"].ToString();
            if (request.Query["name"].Count != 1 || !long.TryParse(request.Query["expires"], out var expires)
                || !validator.IsValid(owner, key, name, expires, signature))
            {
                return Problem(StatusCodes.Status403Forbidden, "Link not valid",
                    "This download link is not valid or has expired; go back to the page and follow the link again.");
            }

            if (await blobs.OpenReadAsync(owner, key, ct) is not { } download)
            {
                return Problem(StatusCodes.Status404NotFound, "Not found", "The file was not found; it may have been removed.");
            }

            // Served as a download of the type it was checked to be, never rendered or re-guessed by the browser.
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
            response.Headers.CacheControl = "private, no-store";
            return TypedResults.Stream(download.Content, download.ContentType, fileDownloadName: name, enableRangeProcessing: download.Content.CanSeek);
        })
            .AllowAnonymous()
            .ExcludeFromDescription();
    }

    /// <summary>Curators open the files of a practice under review, reading them under the owning tenant as their decisions are written.</summary>
    private static void MapCuration(RouteGroupBuilder curation) =>
        curation.MapGet("/{attachmentId:guid}/download", async (
            Guid practiceId, Guid attachmentId, PracticeReader reader, Core.Tenancy.ITenantContext tenant, PracticeAttachments attachments,
            HttpResponse response, CancellationToken ct) =>
        {
            if (await reader.ForCurationAsync(practiceId, ct) is not { } practice)
            {
                return RedirectOrProblem(Failure.NotFound("The practice"), response);
            }

            tenant.Set(practice.OwnerTenantId);
            return RedirectOrProblem(await attachments.DownloadAsync(practiceId, attachmentId, thumbnail: false, ct), response);
        }).WithName("DownloadPracticeAttachmentForReview").WithSummary("A submitted practice's attachment, for curators (302 to a short-lived link).");

    private static Results<RedirectHttpResult, ProblemHttpResult> RedirectOrProblem(Outcome<Uri> outcome, HttpResponse response)
    {
        if (outcome.Failure is { } failure)
        {
            return failure.ToProblem();
        }

        // The link expires in minutes; a cached redirect would outlive it.
        response.Headers.CacheControl = "no-store";
        return TypedResults.Redirect(outcome.Value!.ToString());
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail });
}
