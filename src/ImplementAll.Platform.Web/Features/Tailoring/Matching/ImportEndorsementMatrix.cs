using System.Globalization;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Practices.Exchange;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Matching;

/// <summary>
/// Replaces the stored CFIR-ERIC matrix with one read from CSV (<c>barrier,strategy,endorsement</c>). All or nothing,
/// like the practice import and with the same report: every row is checked first, and one bad row stores nothing,
/// because a half-replaced matrix would silently mix two sources in every ranking.
/// </summary>
public sealed class ImportEndorsementMatrix(
    PlatformDbContext db, StrategyMatcher matcher, IEndorsementSource endorsements, CurrentUser user, TimeProvider clock,
    ILogger<ImportEndorsementMatrix> log) : IUseCase
{
    /// <summary>The full matrix is 39 barriers x 73 strategies = 2,847 cells; the limit leaves room without inviting junk.</summary>
    public const int MaxRows = 5000;
    public const long MaxBytes = 1024 * 1024;
    public static readonly string[] Columns = ["barrier", "strategy", "endorsement"];

    public async Task<Outcome<ImportReport>> ImportAsync(string csv, CancellationToken cancellationToken)
    {
        List<List<string>> table;
        try
        {
            table = Csv.Parse(csv.TrimStart('\uFEFF'));
        }
        catch (FormatException exception)
        {
            return Failure.Invalid("Unreadable file", $"The CSV file could not be read: {exception.Message}");
        }

        var header = table.FirstOrDefault()?.Select(h => h.Trim().ToLowerInvariant()).ToList() ?? [];
        if (header.Count != Columns.Length || Columns.Except(header).Any())
        {
            return Failure.Invalid("Wrong columns", $"The first line must name the columns {string.Join(",", Columns)}; found '{string.Join(",", header)}'.");
        }

        var rows = table.Skip(1).ToList();
        if (rows.Count == 0)
        {
            return Failure.Invalid("Empty file", "The file has no endorsements in it.");
        }

        if (rows.Count > MaxRows)
        {
            return Failure.Invalid("Too many rows", $"A matrix has at most {MaxRows} rows; this file has {rows.Count}.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var firstRow = new Dictionary<(string, string), int>();
        var cells = new List<CfirEricEndorsement>();
        var report = new List<RowReport>();
        for (var i = 0; i < rows.Count; i++)
        {
            var (cell, title, errors) = Read(rows[i], header, i + 1, firstRow);
            report.Add(new RowReport(i + 1, title, errors.Count == 0, errors));
            if (cell is not null && errors.Count == 0)
            {
                cell.ImportedAt = now;
                cells.Add(cell);
            }
        }

        if (cells.Count < rows.Count)
        {
            return new ImportReport(false, rows.Count, cells.Count, report);
        }

        await ReplaceAsync(cells, cancellationToken);
        endorsements.Invalidate();
        log.LogInformation("CFIR-ERIC matrix replaced by {User}: {Cells} endorsements for {Barriers} barriers", user.DisplayName, cells.Count,
            cells.Select(c => c.BarrierId).Distinct().Count());
        return new ImportReport(true, rows.Count, cells.Count, report);
    }

    private (CfirEricEndorsement? Cell, string Title, Dictionary<string, string[]> Errors) Read(
        List<string> fields, List<string> header, int row, Dictionary<(string, string), int> firstRow)
    {
        var errors = new Dictionary<string, string[]>();
        if (fields.Count != header.Count)
        {
            errors["row"] = [$"Expected {header.Count} fields ({string.Join(",", Columns)}), found {fields.Count}."];
            return (null, string.Join(",", fields), errors);
        }

        string Field(string name) => fields[header.IndexOf(name)].Trim();
        var barrierText = Field("barrier");
        var strategyText = Field("strategy");
        var percentText = Field("endorsement");

        var barrier = matcher.Barriers.Resolve(barrierText);
        if (barrier is null)
        {
            errors["barrier"] = [$"'{barrierText}' is not a CFIR-ERIC barrier id or exact name (see cfir.json, group {ToolBarriers.GroupId})."];
        }

        var strategy = matcher.Strategies.Resolve(strategyText);
        if (strategy is null)
        {
            errors["strategy"] = [$"'{strategyText}' is not an ERIC strategy id, number or exact name."];
        }

        var percent = ParsePercent(percentText);
        if (percent is null)
        {
            errors["endorsement"] = [$"'{percentText}' is not a percentage from 0 to 100."];
        }

        if (barrier is not null && strategy is not null && !firstRow.TryAdd((barrier.Id, strategy.Id), row))
        {
            errors["row"] = [$"Duplicate: row {firstRow[(barrier.Id, strategy.Id)]} already gives {barrier.Id} / {strategy.Id}."];
        }

        var title = $"{barrier?.Name ?? barrierText} / {strategy?.Name ?? strategyText}";
        var cell = barrier is null || strategy is null || percent is null ? null
            : new CfirEricEndorsement { BarrierId = barrier.Id, StrategyId = strategy.Id, EndorsementPercent = percent.Value, ImportedBy = user.DisplayName };
        return (cell, title, errors);
    }

    /// <summary>"60", "60.5" or "60%"; a decimal point, never a comma, so a CSV cell cannot be misread.</summary>
    private static double? ParsePercent(string text) =>
        double.TryParse(text.TrimEnd('%').Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
        && value is >= 0 and <= 100
            ? value
            : null;

    // Delete and insert in one transaction, so readers see the old matrix or the new one, never neither.
    private async Task ReplaceAsync(List<CfirEricEndorsement> cells, CancellationToken cancellationToken) =>
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.CfirEricEndorsements.ExecuteDeleteAsync(cancellationToken);
            db.CfirEricEndorsements.AddRange(cells);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
}
