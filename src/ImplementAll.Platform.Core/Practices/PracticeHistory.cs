using ImplementAll.Platform.Core.Tenancy;

namespace ImplementAll.Platform.Core.Practices;

/// <summary>A snapshot taken at each publication, so the history can be read and any two revisions compared.</summary>
public sealed class PracticeRevision : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid PracticeId { get; set; }
    public int Number { get; set; }
    /// <summary>The practice as published, serialised as JSON.</summary>
    public required string Snapshot { get; set; }
    public DateTime PublishedAt { get; set; }
    public required string PublishedBy { get; set; }
}

/// <summary>A step or remark in the review conversation between the owner and curators.</summary>
public sealed class ReviewComment : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid PracticeId { get; set; }
    public ReviewAction Action { get; set; }
    public required string AuthorName { get; set; }
    public Guid? AuthorUserId { get; set; }
    public string Text { get; set; } = "";
    public DateTime At { get; set; }
}

public enum ReviewAction
{
    Comment,
    Submitted,
    ChangesRequested,
    Published,
    Archived,
    Confirmed,
}

/// <summary>
/// An instruction to bring the search index up to date for one practice, written in the same transaction as the change,
/// so a crash between commit and indexing loses nothing (transactional outbox).
/// </summary>
public sealed class SearchOutboxEntry : ITenantOwned
{
    public long Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid PracticeId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ProcessedAt { get; set; }
    public int Attempts { get; set; }
}
