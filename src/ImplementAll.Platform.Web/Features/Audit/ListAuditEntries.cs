using System.ComponentModel.DataAnnotations;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Audit;

public sealed record AuditEntryView(DateTime At, string ActorName, string Action, string? Target, string? Details);

public sealed record AuditPage(IReadOnlyList<AuditEntryView> Items, int Page, int PageSize, int Total);

public sealed class AuditQuery
{
    [Range(1, 100_000, ErrorMessage = "The page must be between 1 and 100000.")]
    public int? Page { get; set; }

    [Range(1, 100, ErrorMessage = "The page size must be between 1 and 100.")]
    public int? PageSize { get; set; }
}

public sealed class ListAuditEntries(PlatformDbContext db) : IUseCase
{
    public async Task<Outcome<AuditPage>> HandleAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        if (Failure.Validate(query) is { } invalid)
        {
            return invalid;
        }

        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 25;
        var total = await db.AuditEntries.CountAsync(cancellationToken);
        var items = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(a => new AuditEntryView(a.At, a.ActorName, a.Action, a.Target, a.Details))
            .ToListAsync(cancellationToken);
        return new AuditPage(items, page, pageSize, total);
    }
}
