using ImplementAll.Platform.Core.People;

namespace ImplementAll.Platform.Web.Features.DemoData;

public sealed record DemoPerson(string UserName, string DisplayName, string Email, string Introduction, PlatformRoles PlatformRoles = PlatformRoles.None);

/// <summary>The people of the demo. Everyone here is fictional.</summary>
public static class DemoPeople
{
    public static readonly IReadOnlyList<DemoPerson> All =
    [
        new("alex", "Alex Morgan", "alex.morgan@implementall.example", "Platform administrator", PlatformRoles.PlatformAdmin),
        new("carla", "Carla Ruiz", "carla.ruiz@implementall.example", "Curator of the practice repository", PlatformRoles.Curator),
        new("pim", "Pim Janssen", "pim.janssen@implementall.example", "Twinning programme manager", PlatformRoles.ProgrammeManager),
        new("ingrid", "Ingrid Solberg", "ingrid.solberg@fjordland-helse.example", "eHealth lead at Fjordland Health Trust, also active in the Digital Health Commons network"),
        new("lars", "Lars Haugen", "lars.haugen@fjordland-helse.example", "Implementation adviser, Fjordland Health Trust"),
        new("sanne", "Sanne de Vries", "sanne.devries@noordzee-umc.example", "Programme director digital care, Noordzee University Medical Centre"),
        new("pieter", "Pieter Bakker", "pieter.bakker@noordzee-umc.example", "Researcher, Noordzee University Medical Centre"),
        new("lucia", "Lucía Fernández", "lucia.fernandez@castilla-sol.example", "Head of digital health strategy, Región de Castilla del Sol"),
        new("javier", "Javier Ortega", "javier.ortega@castilla-sol.example", "Health provider, primary care network"),
        new("marie", "Marie Dubois", "marie.dubois@dhcommons.example", "Coordinator, Digital Health Commons Europe"),
        new("tomas", "Tomas Kask", "tomas.kask@balticare.example", "Product owner, Balticare Solutions"),
        new("eva", "Eva Novak", "eva.novak@zdravje.example", "Policy maker, not yet a member of any organisation"),
    ];
}
