using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Practices;

public sealed record CommentView(ReviewAction Action, string AuthorName, string Text, DateTime At);

/// <summary>The review conversation between a practice's owner and the curators; never shown to the public.</summary>
public sealed class PracticeConversation(PlatformDbContext db, CurrentUser user, TimeProvider clock) : IUseCase
{
    public async Task<IReadOnlyList<CommentView>> ListAsync(Guid practiceId, CancellationToken cancellationToken) =>
        await db.ReviewComments.AsNoTracking().Where(c => c.PracticeId == practiceId).OrderBy(c => c.At)
            .Select(c => new CommentView(c.Action, c.AuthorName, c.Text, c.At)).ToListAsync(cancellationToken);

    public async Task<Outcome<CommentView>> AddAsync(Guid practiceId, ReviewNote note, CancellationToken cancellationToken)
    {
        // Existence first: another tenant's id must look missing whatever the body says.
        if (!await db.Practices.AnyAsync(p => p.Id == practiceId, cancellationToken))
        {
            return Failure.NotFound("The practice");
        }

        if (string.IsNullOrWhiteSpace(note.Text))
        {
            return Failure.Field(nameof(ReviewNote.Text), "Write a comment.");
        }

        if (Failure.Validate(note) is { } invalid)
        {
            return invalid;
        }

        var comment = new ReviewComment
        {
            PracticeId = practiceId, Action = ReviewAction.Comment, AuthorName = user.DisplayName, AuthorUserId = user.User?.Id,
            Text = note.Text.Trim(), At = clock.GetUtcNow().UtcDateTime,
        };
        db.ReviewComments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return new CommentView(comment.Action, comment.AuthorName, comment.Text, comment.At);
    }
}
