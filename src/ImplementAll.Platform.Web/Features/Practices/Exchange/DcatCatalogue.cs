using ImplementAll.Platform.Web.Features.Shared;

namespace ImplementAll.Platform.Web.Features.Practices.Exchange;

/// <summary>
/// Published practices as a DCAT-AP catalogue in JSON-LD (with ADMS-AP for solutions), so EU catalogues such as
/// data.europa.eu or Joinup can harvest the repository.
/// </summary>
public static class DcatCatalogue
{
    public static Dictionary<string, object?> Build(IEnumerable<PracticeView> practices, string root) => new()
    {
        ["@context"] = new Dictionary<string, string>
        {
            ["dcat"] = "http://www.w3.org/ns/dcat#",
            ["dct"] = "http://purl.org/dc/terms/",
            ["adms"] = "http://www.w3.org/ns/adms#",
            ["foaf"] = "http://xmlns.com/foaf/0.1/",
            ["vcard"] = "http://www.w3.org/2006/vcard/ns#",
        },
        ["@id"] = $"{root}/api/v1/practices/export/dcat",
        ["@type"] = "dcat:Catalog",
        ["dct:title"] = "ImplementAll practice repository",
        ["dct:description"] = "Digital health practices registered by organisations and reviewed by curators.",
        ["dct:publisher"] = new Dictionary<string, object?> { ["@type"] = "foaf:Agent", ["foaf:name"] = "ImplementAll Platform" },
        ["dcat:dataset"] = practices.Select(p => Dataset(p, root)).ToList(),
    };

    private static Dictionary<string, object?> Dataset(PracticeView p, string root) => new()
    {
        ["@id"] = $"{root}/practices/{p.Id}",
        ["@type"] = p.Type is Core.Practices.PracticeType.DigitalSolution or Core.Practices.PracticeType.MethodOrTool
            ? new[] { "dcat:Dataset", "adms:Asset" }
            : ["dcat:Dataset"],
        ["dct:identifier"] = p.Id.ToString(),
        ["dct:title"] = new Dictionary<string, string> { ["@value"] = p.Title, ["@language"] = p.TextLanguage },
        ["dct:description"] = new Dictionary<string, string> { ["@value"] = p.Summary, ["@language"] = p.TextLanguage },
        ["dct:publisher"] = new Dictionary<string, object?> { ["@type"] = "foaf:Agent", ["foaf:name"] = p.OwnerName },
        ["dct:issued"] = p.PublishedAt?.ToString("yyyy-MM-dd"),
        ["dct:modified"] = p.UpdatedAt.ToString("yyyy-MM-dd"),
        ["dct:spatial"] = p.CountriesOfDeployment.Concat(p.CountriesOfOrigin).Distinct()
            .Select(c => new Dictionary<string, string> { ["@id"] = $"http://publications.europa.eu/resource/authority/country/{Iso3(c)}" }).ToList(),
        ["dct:language"] = p.Languages.Select(l => new Dictionary<string, string> { ["@id"] = $"http://id.loc.gov/vocabulary/iso639-1/{l}" }).ToList(),
        ["dcat:keyword"] = p.Tags.Concat(p.HealthDomains).ToList(),
        ["dcat:theme"] = new Dictionary<string, string> { ["@id"] = "http://publications.europa.eu/resource/authority/data-theme/HEAL" },
        ["dcat:landingPage"] = new Dictionary<string, string> { ["@id"] = $"{root}/practices/{p.Id}" },
        ["dcat:contactPoint"] = p.Contacts.Select(c => new Dictionary<string, string>
        {
            ["@type"] = "vcard:Kind", ["vcard:fn"] = c.Name, ["vcard:hasEmail"] = $"mailto:{c.Email}",
        }).ToList(),
        ["dct:license"] = p.Licence,
    };

    // EU authority tables use ISO 3166-1 alpha-3 codes.
    private static string Iso3(string alpha2) =>
        new System.Globalization.RegionInfo(alpha2).ThreeLetterISORegionName;
}
