using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace ImplementAll.Platform.Web.Platform.Localisation;

public static class LocalisationSetup
{
    /// <summary>English is the source language; the shell is also translated into Dutch and Spanish.</summary>
    public static readonly string[] Cultures = ["en", "nl", "es"];

    public static void AddPlatformLocalisation(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Cultures.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.ApplyCurrentCultureToResponseHeaders = true;
        });
    }
}
