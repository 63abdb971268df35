using System.Text.Json;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Platform.Hosting;

namespace ImplementAll.Platform.Web.Features.Practices.Exchange;

public sealed record RowReport(int Row, string? Title, bool Valid, IReadOnlyDictionary<string, string[]> Errors);

public sealed record ImportReport(bool Imported, int Rows, int Valid, IReadOnlyList<RowReport> Report);

/// <summary>
/// Imports practices as drafts from CSV or JSON. All or nothing: every row is validated first, and one invalid row
/// means nothing is written, with a report of each row's problems — a half-imported file would be harder to fix than
/// to resend.
/// </summary>
public sealed class PracticeImport(PlatformDbContext db, PracticeRules rules, AuditTrail audit, TimeProvider clock) : IUseCase
{
    public const int MaxRows = 1000;
    public const long MaxBytes = 5 * 1024 * 1024;

    public async Task<Outcome<ImportReport>> ImportAsync(string content, string format, CancellationToken cancellationToken)
    {
        List<(PracticeInput Input, Dictionary<string, string[]> Errors)> rows;
        try
        {
            rows = format == "csv" ? FromCsv(content) : FromJson(content);
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return Failure.Invalid("Unreadable file", $"The {format.ToUpperInvariant()} file could not be read: {exception.Message}");
        }

        if (rows.Count == 0)
        {
            return Failure.Invalid("Empty file", "The file has no practices in it.");
        }

        if (rows.Count > MaxRows)
        {
            return Failure.Invalid("Too many rows", $"Import at most {MaxRows} practices at a time; this file has {rows.Count}.");
        }

        var report = rows.Select((row, i) =>
        {
            var errors = new Dictionary<string, string[]>(row.Errors);
            if (rules.Check(row.Input)?.Errors is { } invalid)
            {
                foreach (var (field, messages) in invalid)
                {
                    errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, .. messages] : messages;
                }
            }

            return new RowReport(i + 1, row.Input.Title, errors.Count == 0, errors);
        }).ToList();

        var valid = report.Count(r => r.Valid);
        if (valid < rows.Count)
        {
            return new ImportReport(false, rows.Count, valid, report);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (input, _) in rows)
        {
            var practice = new Practice { Title = "", CreatedAt = now, UpdatedAt = now, LastConfirmedAt = now };
            input.ApplyTo(practice);
            db.Practices.Add(practice);
        }

        audit.Record("practice.imported", $"{rows.Count} practices", $"from {format.ToUpperInvariant()}");
        await db.SaveChangesAsync(cancellationToken);
        return new ImportReport(true, rows.Count, valid, report);
    }

    private static List<(PracticeInput, Dictionary<string, string[]>)> FromCsv(string content)
    {
        var table = Csv.Parse(content);
        if (table.Count == 0)
        {
            return [];
        }

        var header = table[0].Select(h => h.Trim()).ToList();
        var unknown = header.Except(PracticeCsv.Columns, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new FormatException($"Unknown columns: {string.Join(", ", unknown)}. Known columns: {string.Join(", ", PracticeCsv.Columns)}.");
        }

        return table.Skip(1).Select(cells =>
        {
            var row = header.Select((name, i) => (name, value: i < cells.Count ? cells[i].Trim() : "")).ToDictionary(c => c.name, c => c.value);
            var (input, errors) = PracticeCsv.Read(row);
            return (input, errors);
        }).ToList();
    }

    private static List<(PracticeInput, Dictionary<string, string[]>)> FromJson(string content)
    {
        var inputs = JsonSerializer.Deserialize<List<PracticeInput?>>(content, Api.JsonOptions) ?? [];
        return inputs.Select(i => (i ?? new PracticeInput(), new Dictionary<string, string[]>())).ToList();
    }
}
