using System.Text.Json;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Platform.Http;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Practices.Exchange;

public static class ExchangeEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder tenant)
    {
        var owned = tenant.MapGroup("/practices").WithTags("Practices (exchange)");

        owned.MapPost("/import", async Task<Results<Ok<ImportReport>, BadRequest<ImportReport>, ProblemHttpResult>> (
            HttpRequest request, string? format, PracticeImport import, CancellationToken ct) =>
        {
            var kind = format?.ToLowerInvariant() ?? (request.ContentType?.Contains("csv", StringComparison.OrdinalIgnoreCase) == true ? "csv" : "json");
            if (kind is not ("csv" or "json"))
            {
                return Failure.Field("format", "Import CSV or JSON.").ToProblem();
            }

            if (request.ContentLength > PracticeImport.MaxBytes)
            {
                return Failure.Invalid("File too large", $"Import files can be at most {PracticeImport.MaxBytes / 1024 / 1024} MB.").ToProblem();
            }

            using var reader = new StreamReader(request.Body);
            var buffer = new char[PracticeImport.MaxBytes + 1];
            var read = await reader.ReadBlockAsync(buffer, ct);
            if (read > PracticeImport.MaxBytes)
            {
                return Failure.Invalid("File too large", $"Import files can be at most {PracticeImport.MaxBytes / 1024 / 1024} MB.").ToProblem();
            }

            var outcome = await import.ImportAsync(new string(buffer, 0, read), kind, ct);
            return outcome.Failure is { } failure ? failure.ToProblem()
                : outcome.Value!.Imported ? TypedResults.Ok(outcome.Value) : TypedResults.BadRequest(outcome.Value);
        }).RequireTenantRole(TenantRole.Editor).WithName("ImportPractices")
            .WithSummary("Import practices as drafts from CSV (format=csv or Content-Type text/csv) or a JSON array. All or nothing, with a per-row report.");

        owned.MapGet("/export", async (string? format, PlatformDbContext db, PracticeReader reader, CurrentMembership membership, TimeProvider clock, CancellationToken ct) =>
        {
            var practices = await db.Practices.AsNoTracking().OrderBy(p => p.Title).ToListAsync(ct);
            var owner = await reader.OwnerNameAsync(membership.TenantId, ct);
            var views = practices.Select(p => p.ToView(owner, clock.GetUtcNow().UtcDateTime)).ToList();

            return format?.ToLowerInvariant() == "csv"
                ? Results.Text(PracticeCsv.Write(views), "text/csv; charset=utf-8")
                : Results.Text(JsonSerializer.Serialize(views.Select(v => v.ToInput()), Api.JsonOptions), "application/json");
        }).WithName("ExportPractices").WithSummary("The tenant's practices as CSV (format=csv) or as JSON that the import accepts.");

        api.MapGet("/practices/export/dcat", async (HttpRequest request, PlatformDbContext db, PracticeReader reader, CancellationToken ct) =>
        {
            var ids = await db.Practices.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
                .Where(p => p.RevisionNumber > 0 && p.Status != PracticeStatus.Archived).Select(p => p.Id).ToListAsync(ct);
            var views = await reader.PublishedAsync(ids, ct);
            var catalogue = DcatCatalogue.Build(views.OrderBy(v => v.Title), $"{request.Scheme}://{request.Host}");
            return Results.Text(JsonSerializer.Serialize(catalogue, Api.JsonOptions), "application/ld+json");
        }).AllowAnonymous().WithTags("Practices (public)").WithName("ExportDcatCatalogue")
            .WithSummary("Published practices as a DCAT-AP / ADMS-AP catalogue in JSON-LD, for EU catalogue federation.");
    }
}
