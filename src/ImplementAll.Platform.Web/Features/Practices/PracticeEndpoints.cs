using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Search;
using ImplementAll.Platform.Web.Platform.Http;
using ImplementAll.Platform.Web.Platform.Identity;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ImplementAll.Platform.Web.Features.Practices;

public static class PracticeEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder tenant)
    {
        MapOwned(tenant.MapGroup("/practices").WithTags("Practices (owner)"));
        MapPublic(api.MapGroup("/practices").WithTags("Practices (public)").AllowAnonymous());
        MapCuration(api.MapGroup("/curation").WithTags("Curation").RequireAuthorization(AuthenticationSetup.CuratorPolicy));
    }

    private static void MapOwned(RouteGroupBuilder owned)
    {
        owned.MapGet("", async (PracticeReader reader, CancellationToken ct) => TypedResults.Ok(await reader.OwnAsync(ct)))
            .WithName("ListOwnPractices").WithSummary("The tenant's practices in every state.");

        owned.MapPost("", async Task<Results<Created<PracticeView>, ProblemHttpResult>> (
            PracticeInput input, PracticeDrafting drafting, CurrentMembership membership, CancellationToken ct) =>
        {
            var outcome = await drafting.RegisterAsync(input, ct);
            return outcome.Failure is { } failure
                ? failure.ToProblem()
                : TypedResults.Created($"/api/v1/tenants/{membership.TenantId}/practices/{outcome.Value!.Id}", outcome.Value);
        }).RequireTenantRole(TenantRole.Editor).WithName("RegisterPractice").WithSummary("Register a practice as a draft.");

        owned.MapGet("/{practiceId:guid}", async Task<Results<Ok<PracticeView>, ProblemHttpResult>> (Guid practiceId, PracticeReader reader, CancellationToken ct) =>
            await reader.OwnWorkingCopyAsync(practiceId, ct) is { } view ? TypedResults.Ok(view) : Failure.NotFound("The practice").ToProblem())
            .WithName("GetOwnPractice").WithSummary("The working copy, in whatever state it is.");

        owned.MapPut("/{practiceId:guid}", async (Guid practiceId, PracticeInput input, PracticeDrafting drafting, CancellationToken ct) =>
            (await drafting.EditAsync(practiceId, input, ct)).ToOk())
            .RequireTenantRole(TenantRole.Editor).WithName("EditPractice").WithSummary("Edit the working copy; a published practice gets a new draft.");

        owned.MapDelete("/{practiceId:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid practiceId, PracticeDrafting drafting, CancellationToken ct) =>
            (await drafting.DeleteDraftAsync(practiceId, ct)).Failure is { } failure ? failure.ToProblem() : TypedResults.NoContent())
            .RequireTenantRole(TenantRole.Editor).WithName("DeletePracticeDraft").WithSummary("Delete a draft that was never published.");

        owned.MapPost("/{practiceId:guid}/submit", async (Guid practiceId, ReviewNote? note, PracticeWorkflow workflow, CancellationToken ct) =>
            (await workflow.SubmitAsync(practiceId, note ?? new ReviewNote(), ct)).ToOk())
            .RequireTenantRole(TenantRole.Editor).WithName("SubmitPractice").WithSummary("Submit for review by a curator.");

        owned.MapPost("/{practiceId:guid}/confirm", async (Guid practiceId, ReviewNote? note, PracticeWorkflow workflow, CancellationToken ct) =>
            (await workflow.ConfirmAsync(practiceId, note ?? new ReviewNote(), ct)).ToOk())
            .RequireTenantRole(TenantRole.Editor).WithName("ConfirmPractice").WithSummary("Confirm the published entry is still current.");

        owned.MapPost("/{practiceId:guid}/archive", async (Guid practiceId, ReviewNote? note, PracticeWorkflow workflow, CancellationToken ct) =>
            (await workflow.ArchiveAsync(practiceId, note ?? new ReviewNote(), ct)).ToOk())
            .RequireTenantRole(TenantRole.Admin).WithName("ArchivePractice").WithSummary("Withdraw the practice from the public repository.");

        owned.MapGet("/{practiceId:guid}/comments", async Task<Results<Ok<IReadOnlyList<CommentView>>, ProblemHttpResult>> (
            Guid practiceId, PracticeReader reader, PracticeConversation conversation, CancellationToken ct) =>
            await reader.OwnWorkingCopyAsync(practiceId, ct) is null
                ? Failure.NotFound("The practice").ToProblem()
                : TypedResults.Ok(await conversation.ListAsync(practiceId, ct)))
            .WithName("ListPracticeComments").WithSummary("The review conversation.");

        owned.MapPost("/{practiceId:guid}/comments", async (Guid practiceId, ReviewNote note, PracticeConversation conversation, CancellationToken ct) =>
            (await conversation.AddAsync(practiceId, note, ct)).ToOk())
            .RequireTenantRole(TenantRole.Editor).WithName("CommentOnPractice").WithSummary("Add to the review conversation.");
    }

    private static void MapPublic(RouteGroupBuilder published)
    {
        published.MapGet("/search", async Task<Results<Ok<PracticeSearchResult>, ProblemHttpResult>> (HttpRequest request, PracticeSearching searching, CancellationToken ct) =>
        {
            var query = PracticeSearching.Parse(request.Query);
            return query.Failure is { } failure ? failure.ToProblem() : TypedResults.Ok(await searching.SearchAsync(query.Value!, ct));
        }).WithName("SearchPractices")
            .WithSummary("Full-text and faceted search of published practices: q, sort (relevance|recency|maturity), page, pageSize, and facet parameters (type, country, trl, stage, who, targetGroup, careSetting, language, evidenceType), each repeatable.");

        published.MapGet("/suggest", async (string? prefix, PracticeSearching searching, CancellationToken ct) =>
            TypedResults.Ok(await searching.SuggestAsync(prefix, ct)))
            .WithName("SuggestPractices").WithSummary("Titles completing what was typed.");

        published.MapGet("/{practiceId:guid}", async Task<Results<Ok<PracticeView>, ProblemHttpResult>> (Guid practiceId, PracticeReader reader, CancellationToken ct) =>
            await reader.PublishedAsync(practiceId, ct) is { } view ? TypedResults.Ok(view) : Failure.NotFound("The practice").ToProblem())
            .WithName("GetPractice").WithSummary("The last published revision of a practice.");

        published.MapGet("/{practiceId:guid}/revisions", async (Guid practiceId, PracticeHistory history, CancellationToken ct) =>
            TypedResults.Ok(await history.ListAsync(practiceId, ct)))
            .WithName("ListPracticeRevisions").WithSummary("Published revisions, newest first.");

        published.MapGet("/{practiceId:guid}/revisions/{from:int}/diff/{to:int}", async (Guid practiceId, int from, int to, PracticeHistory history, CancellationToken ct) =>
            (await history.DiffAsync(practiceId, from, to, ct)).ToOk())
            .WithName("DiffPracticeRevisions").WithSummary("What changed between two published revisions.");
    }

    private static void MapCuration(RouteGroupBuilder curation)
    {
        curation.MapGet("/queue", async (Curation curate, CancellationToken ct) => TypedResults.Ok(await curate.QueueAsync(ct)))
            .WithName("CurationQueue").WithSummary("Submitted practices awaiting review, oldest first.");

        curation.MapGet("/practices/{practiceId:guid}", async Task<Results<Ok<PracticeView>, ProblemHttpResult>> (Guid practiceId, PracticeReader reader, CancellationToken ct) =>
            await reader.ForCurationAsync(practiceId, ct) is { } view ? TypedResults.Ok(view) : Failure.NotFound("The practice").ToProblem())
            .WithName("GetPracticeForReview").WithSummary("A submitted practice as its owner wrote it.");

        curation.MapPost("/practices/{practiceId:guid}/publish", async (Guid practiceId, ReviewNote? note, Curation curate, CancellationToken ct) =>
            (await curate.PublishAsync(practiceId, note ?? new ReviewNote(), ct)).ToOk())
            .WithName("PublishPractice").WithSummary("Publish a submitted practice as a new revision.");

        curation.MapPost("/practices/{practiceId:guid}/request-changes", async (Guid practiceId, ReviewNote note, Curation curate, CancellationToken ct) =>
            (await curate.RequestChangesAsync(practiceId, note, ct)).ToOk())
            .WithName("RequestPracticeChanges").WithSummary("Send a submitted practice back to its owner with what should change.");
    }
}
