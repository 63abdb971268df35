using System.Text.Json;
using ImplementAll.Platform.Core.Practices;
using Microsoft.AspNetCore.Html;

namespace ImplementAll.Platform.Web.Features.Practices.Public;

/// <summary>schema.org JSON-LD for a practice's page, so search engines and catalogues can read it.</summary>
public static class PracticeSchemaOrg
{
    public static HtmlString Script(PracticeView p, string pageUrl)
    {
        object thing = p.Type is PracticeType.DigitalSolution
            ? new Dictionary<string, object?>
            {
                ["@type"] = "SoftwareApplication", ["applicationCategory"] = "HealthApplication",
                ["countriesSupported"] = p.CountriesOfDeployment, ["availableLanguage"] = p.Languages,
            }
            : new Dictionary<string, object?> { ["@type"] = "CreativeWork", ["genre"] = FacetLabels.Words(p.Type.ToString()) };
        var json = (Dictionary<string, object?>)thing;
        json["@context"] = "https://schema.org";
        json["@id"] = pageUrl;
        json["url"] = pageUrl;
        json["name"] = p.Title;
        json["description"] = p.Summary;
        json["inLanguage"] = p.TextLanguage;
        json["keywords"] = string.Join(", ", p.Tags.Concat(p.HealthDomains));
        json["dateModified"] = p.PublishedAt?.ToString("O");
        json["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = p.OwnerName };
        json["license"] = p.Licence;
        json["citation"] = p.Evidence.Select(e => e.Citation).ToList();
        // The default encoder escapes <, > and &, so user text cannot close the script element.
        return new HtmlString($"<script type=\"application/ld+json\">{JsonSerializer.Serialize(json)}</script>");
    }
}
