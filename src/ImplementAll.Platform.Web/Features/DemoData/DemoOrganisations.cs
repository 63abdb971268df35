using ImplementAll.Platform.Core.Organisations;
using ImplementAll.Platform.Core.People;

namespace ImplementAll.Platform.Web.Features.DemoData;

public sealed record DemoOrganisation(
    string Slug, string Name, TenantKind Kind, string CountryCode, string Description, string Website, IReadOnlyList<(string UserName, TenantRole Role)> Members);

/// <summary>The organisations of the demo: fictional, of different kinds, in different countries.</summary>
public static class DemoOrganisations
{
    public static readonly IReadOnlyList<DemoOrganisation> All =
    [
        new("fjordland-health-trust", "Fjordland Health Trust", TenantKind.Hospital, "NO",
            "A Norwegian health trust running four hospitals and the region's home-monitoring service for people with COPD and heart failure.",
            "https://fjordland-helse.example",
            [("ingrid", TenantRole.Owner), ("lars", TenantRole.Editor)]),
        new("noordzee-umc", "Noordzee University Medical Centre", TenantKind.University, "NL",
            "A Dutch university medical centre that develops and evaluates digital mental-health and rehabilitation programmes.",
            "https://noordzee-umc.example",
            [("sanne", TenantRole.Owner), ("pieter", TenantRole.Member)]),
        new("castilla-del-sol", "Región de Castilla del Sol", TenantKind.Region, "ES",
            "A Spanish regional health service scaling telemonitoring and e-prescribing across 120 primary-care centres.",
            "https://castilla-sol.example",
            [("lucia", TenantRole.Owner), ("javier", TenantRole.Editor)]),
        new("digital-health-commons", "Digital Health Commons Europe", TenantKind.Ngo, "BE",
            "A pan-European NGO that connects regions and hospitals to share and transfer proven digital health practices.",
            "https://dhcommons.example",
            [("marie", TenantRole.Owner), ("ingrid", TenantRole.Member)]),
        new("balticare", "Balticare Solutions", TenantKind.Company, "EE",
            "An Estonian company building interoperable remote-care apps on HL7 FHIR.",
            "https://balticare.example",
            [("tomas", TenantRole.Owner)]),
    ];
}
