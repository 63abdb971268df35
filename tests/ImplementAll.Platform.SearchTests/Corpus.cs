using ImplementAll.Platform.Core.Search;

namespace ImplementAll.Platform.SearchTests;

/// <summary>
/// Realistic practices in the six stemmed languages and one other (Italian), plus generated fillers whose words never
/// collide with the words the tests search for, so every expected hit list is exact.
/// </summary>
public static class Corpus
{
    public static readonly DateTime Epoch = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static PracticeDocument Practice(
        int n, string title, string summary, string body = "", string language = "en", string type = "DigitalSolution",
        string[]? countries = null, int trl = 5, int stageOrder = 5, string[]? who = null, string[]? targets = null,
        string[]? settings = null, string[]? languages = null, string[]? evidence = null, int day = 0, string owner = "Owner") => new()
    {
        Id = IdOf(n),
        OwnerTenantId = Guid.Parse("00000000-0000-0000-0000-00000000aaaa"),
        OwnerName = owner,
        Title = title,
        Summary = summary,
        Body = body,
        TextLanguage = language,
        Type = type,
        Countries = countries ?? ["NL"],
        Trl = trl,
        Stage = $"dha-stage-{stageOrder:00}",
        StageOrder = stageOrder,
        WhoCodes = who ?? [],
        TargetGroups = targets ?? [],
        CareSettings = settings ?? [],
        Languages = languages ?? [language],
        EvidenceTypes = evidence ?? [],
        PublishedAt = Epoch.AddDays(day == 0 ? n : day),
    };

    public static Guid IdOf(int n) => new($"00000000-0000-0000-0000-{n:000000000000}");

    public static IReadOnlyList<PracticeDocument> Named { get; } =
    [
        Practice(1, "Telemonitoring for heart failure patients", "Remote telemonitoring of weight and blood pressure reduces hospital readmissions.",
            "Patients send daily readings from home; nurses respond to alerts.", countries: ["NL", "BE"], trl: 8, stageOrder: 7,
            who: ["DHI-1.1"], targets: ["patients"], settings: ["home"], evidence: ["rct"]),
        Practice(2, "Diabetes self-management app", "A mobile app that helps people with type 2 diabetes track glucose and meals.",
            "Coaching messages and a dashboard for the practice nurse.", countries: ["NL"], trl: 7, stageOrder: 6,
            who: ["DHI-1.1", "DHI-2.1"], targets: ["patients"], settings: ["primary"], evidence: ["observational"]),
        Practice(3, "Community nursing for older adults", "District nurses visit older adults at home after discharge.",
            "Many clients live with chronic conditions such as diabetes, COPD and heart failure.", type: "OrganisationalModel",
            countries: ["BE"], trl: 9, stageOrder: 9, targets: ["older-adults"], settings: ["home"], evidence: ["rct"]),
        Practice(4, "Fall prevention exercise programme", "Group exercise classes lower the number of falls among older adults.",
            "Physiotherapists lead weekly sessions in community centres.", type: "OrganisationalModel", countries: ["DE"], trl: 9, stageOrder: 8,
            targets: ["older-adults"], settings: ["community"]),
        Practice(5, "Telehealth consultations in rural clinics", "Video consultations connect rural clinics with hospital specialists.",
            "Specialists review cases remotely.", countries: ["NO"], trl: 6, stageOrder: 5, who: ["DHI-3.1"], settings: ["primary"]),
        Practice(6, "Integrated care at home for frail elderly", "Care at home coordinated by one case manager.",
            "Home-based care from several providers, with one care plan.", type: "OrganisationalModel", countries: ["ES"], trl: 7, stageOrder: 7,
            targets: ["older-adults"], settings: ["home"]),
        Practice(7, "Home-based care coordination", "Several home care teams share one care plan across providers.",
            "Care homes and home nursing agree on roles.", type: "OrganisationalModel", countries: ["FR"], trl: 4, stageOrder: 3, settings: ["home"]),
        Practice(8, "<script>alert('x')</script> Safe rendering & co", "Summary with <b>bold</b> & <script>alert(1)</script> medication \"quotes\".",
            "Body text.", trl: 3, stageOrder: 2),
        Practice(9, "Pflegeheime mit digitaler Dokumentation", "Krankenhäuser und Pflegeheime teilen Pflegedaten digital.",
            "Die Dokumentation der Pflegekräfte wird zwischen Ärzten geteilt.", language: "de", countries: ["DE", "AT"], trl: 7, stageOrder: 6,
            settings: ["hospital", "nursing-home"]),
        Practice(10, "Telemedizin für Hausärzte", "Hausärzte beraten Patienten per Video.", "Die Praxis nutzt eine sichere Plattform.",
            language: "de", countries: ["DE"], trl: 8, stageOrder: 7, settings: ["primary"]),
        Practice(11, "Ziekenhuizen werken samen aan thuiszorg", "Regionale ziekenhuizen en wijkverpleging delen één zorgplan.",
            "Verpleegkundigen bellen patiënten na ontslag.", language: "nl", countries: ["NL"], trl: 7, stageOrder: 8,
            settings: ["hospital", "home"], targets: ["patients"]),
        Practice(12, "Valpreventie bij ouderen", "Oefengroepen verminderen het aantal valpartijen.", "Fysiotherapeuten begeleiden de groepen.",
            language: "nl", countries: ["NL", "BE"], trl: 9, stageOrder: 9, targets: ["older-adults"], settings: ["community"]),
        Practice(13, "Sykehusene deler pasientdata", "Sykehusene i regionen deler journaler med fastleger.", "Pasientene får varsel på mobilen.",
            language: "no", countries: ["NO"], trl: 6, stageOrder: 6, settings: ["hospital"]),
        Practice(14, "Velferdsteknologi i kommunene", "Kommunene tilbyr trygghetsalarmer og sensorer.", "Hjemmetjenesten følger opp varsler.",
            language: "nb", countries: ["NO"], trl: 8, stageOrder: 8, settings: ["home"], targets: ["older-adults"]),
        Practice(15, "Hospitales conectados para pacientes crónicos", "Los hospitales comparten datos de pacientes crónicos con atención primaria.",
            "Enfermeras gestoras coordinan el seguimiento.", language: "es", countries: ["ES"], trl: 7, stageOrder: 7, settings: ["hospital", "primary"]),
        Practice(16, "Soins infirmiers à domicile", "Les hôpitaux organisent des soins infirmiers à domicile après la sortie.",
            "L'infirmière coordonne le suivi avec le médecin traitant.", language: "fr", countries: ["FR", "BE"], trl: 8, stageOrder: 7,
            settings: ["home", "hospital"]),
        Practice(17, "Assistenza domiciliare integrata", "Gli infermieri visitano i pazienti a domicilio.", "Coordinamento con il medico di famiglia.",
            language: "it", countries: ["IT"], trl: 6, stageOrder: 5, settings: ["home"]),
        Practice(18, "Medication review by community pharmacists", "Pharmacists review medication lists for people with polypharmacy.",
            "Fewer adverse drug events were reported.", type: "Service", countries: ["NL"], trl: 8, stageOrder: 9, settings: ["primary"],
            evidence: ["observational"]),
    ];

    private static readonly string[] Openers = ["Regional", "Integrated", "Shared", "Structured", "Coordinated", "Local", "Networked"];
    private static readonly string[] Topics = ["vaccination outreach", "nutrition counselling", "palliative planning", "workforce training", "screening pathway", "rehabilitation follow-up", "smoking cessation"];
    private static readonly string[] Phrases =
    [
        "Teams agree on roles and share one plan.", "Staff receive structured training before launch.",
        "Outcomes are reviewed every quarter.", "Volunteers support people in their neighbourhood.",
        "A steering group oversees the rollout.", "Costs are shared between partners.",
    ];

    /// <summary>Deterministic fillers (ids 101..), for counts, sorting and paging.</summary>
    public static IReadOnlyList<PracticeDocument> Fillers(int count, int seed = 7)
    {
        var random = new Random(seed);
        string Pick(string[] from) => from[random.Next(from.Length)];
        string[] Some(string[] from) => from.Where(_ => random.Next(3) == 0).DefaultIfEmpty(from[0]).ToArray();
        return Enumerable.Range(101, count).Select(n => Practice(
            n,
            $"{Pick(Openers)} {Pick(Topics)}",
            $"{Pick(Phrases)} {Pick(Phrases)}",
            $"{Pick(Phrases)} {Pick(Phrases)} {Pick(Phrases)}",
            type: Pick(["DigitalSolution", "OrganisationalModel", "Service"]),
            countries: Some(["NL", "BE", "DE", "NO", "ES", "FR"]),
            trl: random.Next(1, 10),
            stageOrder: random.Next(1, 11),
            who: Some(["DHI-1.1", "DHI-2.1", "DHI-3.1"]),
            targets: Some(["patients", "older-adults", "carers"]),
            settings: Some(["home", "primary", "hospital", "community"]),
            evidence: Some(["rct", "observational", "qualitative"]),
            day: 100 + random.Next(0, 500))).ToList();
    }

    public static IReadOnlyList<PracticeDocument> All { get; } = [.. Named, .. Fillers(24)];
}
