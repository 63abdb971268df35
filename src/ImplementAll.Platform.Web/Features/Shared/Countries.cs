using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace ImplementAll.Platform.Web.Features.Shared;

/// <summary>ISO 3166-1 alpha-2 countries, as known to the runtime's ICU data.</summary>
public static class Countries
{
    public static readonly IReadOnlyDictionary<string, string> All = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => new RegionInfo(c.Name))
        .Where(r => r.TwoLetterISORegionName.Length == 2 && char.IsLetter(r.TwoLetterISORegionName[0]))
        .DistinctBy(r => r.TwoLetterISORegionName)
        .OrderBy(r => r.EnglishName, StringComparer.Ordinal)
        .ToDictionary(r => r.TwoLetterISORegionName, r => r.EnglishName, StringComparer.Ordinal);

    public static bool IsValid(string? code) => code is { Length: 2 } && All.ContainsKey(code);

    public static string Name(string code) => All.TryGetValue(code, out var name) ? name : code;
}

/// <summary>Accepts only an upper-case ISO 3166-1 alpha-2 code.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CountryCodeAttribute() : ValidationAttribute("{0} must be an ISO 3166-1 alpha-2 country code, such as NL or NO.")
{
    public override bool IsValid(object? value) => value is null || (value is string code && Countries.IsValid(code));
}
