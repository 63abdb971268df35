using ImplementAll.Platform.Core.Tailoring;

namespace ImplementAll.Platform.Web.Features.Tailoring.Matching;

/// <summary>The imported CFIR-ERIC matrix as the matcher sees it. Implementations may cache; an import calls <see cref="Invalidate"/>.</summary>
public interface IEndorsementSource
{
    ImportedMatrix Current();

    void Invalidate();
}

/// <summary>An imported matrix: endorsement percentages by barrier and strategy, and who imported it when.</summary>
public sealed class ImportedMatrix
{
    public static readonly ImportedMatrix Empty = new([]);

    private static readonly IReadOnlyDictionary<string, double> None = new Dictionary<string, double>();
    private readonly Dictionary<string, Dictionary<string, double>> byBarrier;

    public ImportedMatrix(IReadOnlyCollection<CfirEricEndorsement> rows)
    {
        byBarrier = rows.GroupBy(r => r.BarrierId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => r.StrategyId, r => r.EndorsementPercent, StringComparer.Ordinal), StringComparer.Ordinal);
        Count = rows.Count;
        var latest = rows.MaxBy(r => r.ImportedAt);
        ImportedAt = latest?.ImportedAt;
        ImportedBy = latest?.ImportedBy;
    }

    public int Count { get; }
    public DateTime? ImportedAt { get; }
    public string? ImportedBy { get; }

    /// <summary>Endorsement percentages for one barrier, by strategy id (empty when the matrix has none for it).</summary>
    public IReadOnlyDictionary<string, double> ForBarrier(string barrierId) =>
        byBarrier.TryGetValue(barrierId, out var found) ? found : None;

    public string Describe() => ImportedAt is { } at ? $"imported CFIR-ERIC matrix ({at:yyyy-MM-dd}, {ImportedBy})" : "imported CFIR-ERIC matrix";
}
