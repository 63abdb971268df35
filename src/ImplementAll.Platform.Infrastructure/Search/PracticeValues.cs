using System.Globalization;
using ImplementAll.Platform.Core.Search;

namespace ImplementAll.Platform.Infrastructure.Search;

/// <summary>A practice's values as both adapters index them.</summary>
internal static class PracticeValues
{
    /// <summary>Every facet's values, in <see cref="PracticeFacets.All"/> terms; TRL as "1".."9".</summary>
    public static IEnumerable<(string Facet, IEnumerable<string> Values)> Facets(PracticeDocument practice)
    {
        yield return (PracticeFacets.Type, [practice.Type]);
        yield return (PracticeFacets.Country, practice.Countries ?? []);
        yield return (PracticeFacets.Trl, [practice.Trl.ToString(CultureInfo.InvariantCulture)]);
        yield return (PracticeFacets.Stage, [practice.Stage]);
        yield return (PracticeFacets.Who, practice.WhoCodes ?? []);
        yield return (PracticeFacets.TargetGroup, practice.TargetGroups ?? []);
        yield return (PracticeFacets.CareSetting, practice.CareSettings ?? []);
        yield return (PracticeFacets.Language, practice.Languages ?? []);
        yield return (PracticeFacets.EvidenceType, practice.EvidenceTypes ?? []);
    }

    /// <summary>Unspecified is taken as UTC: the platform stores UTC everywhere.</summary>
    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };
}
