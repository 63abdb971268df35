using System.Globalization;

namespace ImplementAll.Platform.Web.Features.Practices;

/// <summary>The platform's own controlled vocabularies for describing practices (not third-party taxonomies).</summary>
public static class PracticeVocabulary
{
    public static readonly IReadOnlyList<string> TargetGroups =
    [
        "Patients", "Carers", "Citizens", "Health professionals", "Social care professionals", "Health managers", "Policy makers", "Researchers",
    ];

    public static readonly IReadOnlyList<string> CareSettings =
    [
        "Primary care", "Hospital care", "Home care", "Community care", "Long-term care", "Mental health services", "Public health", "Pharmacy",
    ];

    /// <summary>Suggestions only: other standards can be named too.</summary>
    public static readonly IReadOnlyList<string> InteroperabilityStandards =
    [
        "HL7 FHIR", "HL7 v2", "HL7 CDA", "IHE XDS", "IHE PIX/PDQ", "IHE PCD", "SNOMED CT", "ICD-10", "ICD-11", "LOINC", "ATC", "openEHR", "DICOM", "Continua",
    ];

    /// <summary>ISO 639-1 codes known to the runtime, with their English names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Languages = CultureInfo.GetCultures(CultureTypes.NeutralCultures)
        .Where(c => c.TwoLetterISOLanguageName.Length == 2 && c.Name.Length == 2)
        .DistinctBy(c => c.TwoLetterISOLanguageName)
        .OrderBy(c => c.EnglishName, StringComparer.Ordinal)
        .ToDictionary(c => c.TwoLetterISOLanguageName, c => c.EnglishName, StringComparer.Ordinal);
}
