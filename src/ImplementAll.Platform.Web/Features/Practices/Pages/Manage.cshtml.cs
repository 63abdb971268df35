using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Platform.Http;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Practices.Pages;

/// <summary>
/// The owner's page of one practice: its state, what the public sees, the workflow steps the member's role allows,
/// the review conversation and the published revisions with what changed between two of them.
/// </summary>
[TenantScoped]
public sealed class ManagePracticeModel(
    CurrentMembership membership, PracticeReader reader, PracticeDrafting drafting, PracticeWorkflow workflow,
    PracticeConversation conversation, PracticeHistory history) : PageModel
{
    public PracticeView Practice { get; private set; } = new();
    public IReadOnlyList<CommentView> Comments { get; private set; } = [];
    public IReadOnlyList<RevisionSummary> Revisions { get; private set; } = [];
    public RevisionDiff? Diff { get; private set; }
    public IReadOnlyDictionary<string, string[]> Problems { get; private set; } = new Dictionary<string, string[]>();

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    [BindProperty]
    public ReviewNote Comment { get; set; } = new();

    [BindProperty]
    public ReviewNote Archive { get; set; } = new();

    public bool CanEdit => membership.AtLeast(TenantRole.Editor);
    public bool CanArchive => membership.AtLeast(TenantRole.Admin);
    public string ListPath => $"/t/{membership.TenantSlug}/practices";
    public string OwnerPath => $"{ListPath}/{Practice.Id}";
    public string EditPath => $"{OwnerPath}/edit";

    public async Task<IActionResult> OnGetAsync(Guid practiceId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(practiceId, cancellationToken))
        {
            return NotFound();
        }

        if (From is { } from && To is { } to)
        {
            var diff = await history.DiffAsync(practiceId, from, to, cancellationToken);
            Diff = diff.Value;
            if (diff.Failure is { } failure)
            {
                failure.AddTo(ModelState, nameof(From));
            }
        }

        return Page();
    }

    public Task<IActionResult> OnPostSubmitAsync(Guid practiceId, CancellationToken cancellationToken) =>
        ActAsync(practiceId, TenantRole.Editor, async () => (await workflow.SubmitAsync(practiceId, new ReviewNote(), cancellationToken)).Failure,
            "The practice is submitted. A curator will review it.", "", cancellationToken);

    public Task<IActionResult> OnPostConfirmAsync(Guid practiceId, CancellationToken cancellationToken) =>
        ActAsync(practiceId, TenantRole.Editor, async () => (await workflow.ConfirmAsync(practiceId, new ReviewNote(), cancellationToken)).Failure,
            "Thank you: the practice is confirmed as current for another year.", "", cancellationToken);

    public Task<IActionResult> OnPostArchiveAsync(Guid practiceId, CancellationToken cancellationToken) =>
        ActAsync(practiceId, TenantRole.Admin, async () => (await workflow.ArchiveAsync(practiceId, Archive, cancellationToken)).Failure,
            "The practice is archived and no longer public.", nameof(Archive), cancellationToken);

    public Task<IActionResult> OnPostCommentAsync(Guid practiceId, CancellationToken cancellationToken) =>
        ActAsync(practiceId, TenantRole.Editor, async () => (await conversation.AddAsync(practiceId, Comment, cancellationToken)).Failure,
            "Your comment is added to the conversation.", nameof(Comment), cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(Guid practiceId, CancellationToken cancellationToken)
    {
        if (!membership.AtLeast(TenantRole.Editor))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var outcome = await drafting.DeleteDraftAsync(practiceId, cancellationToken);
        if (outcome.Failure is { Kind: FailureKind.NotFound })
        {
            return NotFound();
        }

        if (outcome.Failure is { } failure)
        {
            return await ShowAsync(practiceId, failure, "", cancellationToken);
        }

        TempData["Notice"] = "The draft is deleted.";
        return Redirect(ListPath);
    }

    private async Task<IActionResult> ActAsync(
        Guid practiceId, TenantRole role, Func<Task<Failure?>> act, string notice, string prefix, CancellationToken cancellationToken)
    {
        if (!membership.AtLeast(role))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await act() is { } failure)
        {
            return failure.Kind == FailureKind.NotFound ? NotFound() : await ShowAsync(practiceId, failure, prefix, cancellationToken);
        }

        TempData["Notice"] = notice;
        return Redirect($"/t/{membership.TenantSlug}/practices/{practiceId}");
    }

    private async Task<IActionResult> ShowAsync(Guid practiceId, Failure failure, string prefix, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (failure.Errors is { } errors && errors.Keys.Any(k => WizardSteps.StepOf(k) > 0))
        {
            // Not ready for review: the parts to complete are listed with links to the wizard's steps.
            Problems = errors;
            ModelState.AddModelError("", failure.Detail);
        }
        else
        {
            failure.AddTo(ModelState, prefix);
        }

        return await LoadAsync(practiceId, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid practiceId, CancellationToken cancellationToken)
    {
        if (await reader.OwnWorkingCopyAsync(practiceId, cancellationToken) is not { } practice)
        {
            return false;
        }

        Practice = practice;
        Comments = await conversation.ListAsync(practiceId, cancellationToken);
        Revisions = await history.ListAsync(practiceId, cancellationToken);
        return true;
    }
}
