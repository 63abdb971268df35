using ImplementAll.Platform.Core.Tenancy;

namespace ImplementAll.Platform.Core.Tailoring;

/// <summary>
/// One cell of the CFIR-ERIC matching matrix (Waltz et al. 2019): the share of experts who endorsed an ERIC strategy
/// for a CFIR barrier. Imported by a platform administrator from the tool's spreadsheet; the whole matrix is replaced on
/// each import. Global because the expert evidence is the same for every organisation.
/// </summary>
public sealed class CfirEricEndorsement : IGlobalEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>A CFIR-2009 tool barrier id from the reference data (for example <c>cfir09-39</c>).</summary>
    public required string BarrierId { get; set; }
    /// <summary>An ERIC strategy id from the reference data (for example <c>eric-05</c>).</summary>
    public required string StrategyId { get; set; }
    /// <summary>Percentage of respondents who endorsed the strategy for the barrier, 0-100.</summary>
    public double EndorsementPercent { get; set; }
    public DateTime ImportedAt { get; set; }
    /// <summary>Display name of the administrator who imported the matrix.</summary>
    public required string ImportedBy { get; set; }
}
