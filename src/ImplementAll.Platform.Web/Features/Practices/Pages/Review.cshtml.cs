using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tenancy;
using ImplementAll.Platform.Web.Platform.Http;
using ImplementAll.Platform.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Practices.Pages;

/// <summary>A curator reads a submitted practice and its conversation, then publishes it or sends it back with what should change.</summary>
[Authorize(Policy = AuthenticationSetup.CuratorPolicy)]
public sealed class CurationReviewModel(
    PracticeReader reader, PracticeConversation conversation, Curation curation, Attachments.PracticeAttachments attachments, ITenantContext tenant) : PageModel
{
    public PracticeView Practice { get; private set; } = new();
    public IReadOnlyList<CommentView> Comments { get; private set; } = [];
    public IReadOnlyList<Attachments.AttachmentView> Files { get; private set; } = [];
    public bool Reviewable => Practice.Status == PracticeStatus.Submitted;

    [BindProperty]
    public ReviewNote Publish { get; set; } = new();

    [BindProperty]
    public ReviewNote Changes { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid practiceId, CancellationToken cancellationToken) =>
        await LoadAsync(practiceId, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostPublishAsync(Guid practiceId, CancellationToken cancellationToken) =>
        DecideAsync(practiceId, () => curation.PublishAsync(practiceId, Publish, cancellationToken), nameof(Publish),
            "is published. Its owner can follow the conversation on their practice page.", cancellationToken);

    public Task<IActionResult> OnPostRequestChangesAsync(Guid practiceId, CancellationToken cancellationToken) =>
        DecideAsync(practiceId, () => curation.RequestChangesAsync(practiceId, Changes, cancellationToken), nameof(Changes),
            "is sent back to its owner with your request for changes.", cancellationToken);

    private async Task<IActionResult> DecideAsync(
        Guid practiceId, Func<Task<Outcome<PracticeStatus>>> decide, string prefix, string notice, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(practiceId, cancellationToken))
        {
            return NotFound();
        }

        if ((await decide()).Failure is { } failure)
        {
            ModelState.Clear();
            failure.AddTo(ModelState, prefix);
            return Page();
        }

        TempData["Notice"] = $"“{Practice.Title}” {notice}";
        return Redirect("/curation");
    }

    private async Task<bool> LoadAsync(Guid practiceId, CancellationToken cancellationToken)
    {
        if (await reader.ForCurationAsync(practiceId, cancellationToken) is not { } practice)
        {
            return false;
        }

        Practice = practice;
        // The conversation belongs to the owning organisation; curators read it under that tenant, as their decisions are written.
        tenant.Set(practice.OwnerTenantId);
        Comments = await conversation.ListAsync(practiceId, cancellationToken);
        Files = await attachments.ListAsync(practiceId, cancellationToken) ?? [];
        return true;
    }
}
