using ImplementAll.Platform.Core.Search;

namespace ImplementAll.Platform.Benchmarks;

/// <summary>
/// Deterministic practices (seeded Random) with health-care vocabulary in the six stemmed languages and Italian
/// (standard analyzer), inflected forms included, and facet values drawn from realistic vocabularies.
/// </summary>
public static class SyntheticPractices
{
    /// <param name="Words">Health-care words of the language, inflections included: what users search for.</param>
    /// <param name="Syllables">Build the language's long tail of other words (a few thousand, Zipf-distributed), so
    /// term statistics look like prose rather than like a 50-word vocabulary where every word is in every practice.</param>
    private sealed record Language(string Code, int Weight, string[] Words, string[] Connectors, string[] Syllables)
    {
        public string[] Tail { get; init; } = [];
    }

    private static readonly Language[] Languages =
    [
        new("en", 40,
            ["care", "home", "patients", "patient", "hospital", "hospitals", "diabetes", "diabetic", "telemonitoring", "monitoring", "heart", "failure",
             "older", "adults", "nurses", "nursing", "community", "primary", "coordination", "medication", "adherence", "mental", "health", "app",
             "digital", "platform", "remote", "consultations", "video", "falls", "prevention", "exercise", "frailty", "dementia", "carers", "discharge",
             "readmissions", "pathway", "screening", "vaccination", "chronic", "obstructive", "pulmonary", "disease", "rehabilitation", "stroke",
             "palliative", "integrated", "self-management", "coaching", "pharmacists", "review", "telehealth", "sensors", "alarms", "loneliness"],
            ["for", "with", "and", "in", "of", "at", "the", "a"], ["ca", "re", "pro", "gram", "ser", "vice", "in", "for", "ma", "tion", "com", "mu", "ni", "ty", "de", "vel", "op", "ment", "sup", "port", "ac", "cess", "qual", "i", "plan", "ning", "out", "come", "work", "force"]),
        new("de", 12,
            ["Pflege", "Pflegeheim", "Pflegeheime", "Krankenhaus", "Krankenhäuser", "Patienten", "Patient", "Hausärzte", "Hausarzt", "Telemedizin",
             "Diabetes", "Versorgung", "ambulante", "Dokumentation", "digitale", "Sturzprävention", "Demenz", "Angehörige", "Entlassung", "Rehabilitation",
             "Herzinsuffizienz", "Fernüberwachung", "Pflegekräfte", "Gemeinde", "Beratung", "Videosprechstunde", "Medikation", "Therapie"],
            ["und", "für", "mit", "im", "der", "die", "zur"], ["ver", "sor", "gung", "be", "ra", "tung", "pfle", "ge", "ar", "beit", "mein", "schaft", "ent", "wick", "lung", "an", "bot", "leis", "tung", "zu", "sam", "men", "hilfe", "stel", "le"]),
        new("nl", 12,
            ["zorg", "thuiszorg", "ziekenhuis", "ziekenhuizen", "patiënten", "patiënt", "ouderen", "oudere", "wijkverpleging", "verpleegkundigen",
             "huisarts", "huisartsen", "diabetes", "valpreventie", "dementie", "mantelzorgers", "ontslag", "revalidatie", "hartfalen", "telemonitoring",
             "beeldbellen", "medicatie", "samenwerking", "regio", "zorgplan", "eenzaamheid", "sensoren"],
            ["en", "voor", "met", "in", "van", "de", "het"], ["ver", "zor", "ging", "be", "leid", "sa", "men", "wer", "king", "ont", "wik", "ke", "ling", "aan", "bod", "on", "der", "steu", "ning", "huis", "zorg", "plan"]),
        new("no", 8,
            ["sykehus", "sykehusene", "pasient", "pasientene", "kommune", "kommunene", "fastlege", "fastleger", "hjemmetjenesten", "velferdsteknologi",
             "trygghetsalarmer", "sensorer", "eldre", "demens", "diabetes", "rehabilitering", "hjertesvikt", "avstandsoppfølging", "legemidler", "pårørende"],
            ["og", "for", "med", "i", "på"], ["til", "bud", "ar", "beid", "ut", "vik", "ling", "sam", "hand", "tje", "nes", "te", "op", "føl", "ging", "be", "hov", "hel", "se", "kom"]),
        new("es", 10,
            ["hospital", "hospitales", "pacientes", "paciente", "crónicos", "atención", "primaria", "enfermería", "enfermeras", "domicilio", "mayores",
             "diabetes", "telemonitorización", "insuficiencia", "cardíaca", "rehabilitación", "demencia", "cuidadores", "prevención", "caídas", "medicación"],
            ["y", "para", "con", "en", "de", "los", "las"], ["pro", "gra", "ma", "ser", "vi", "cio", "de", "sa", "rro", "llo", "co", "mu", "ni", "dad", "a", "ten", "ción", "ges", "tión", "cui", "da", "do"]),
        new("fr", 10,
            ["soins", "domicile", "hôpital", "hôpitaux", "patients", "patient", "infirmiers", "infirmières", "médecin", "traitant", "personnes", "âgées",
             "diabète", "télésurveillance", "insuffisance", "cardiaque", "réadaptation", "démence", "aidants", "prévention", "chutes", "médicaments"],
            ["et", "pour", "avec", "à", "de", "les", "des"], ["pro", "gram", "me", "ser", "vi", "ce", "dé", "ve", "lop", "pe", "ment", "com", "mu", "nau", "té", "ac", "cès", "ges", "tion", "soin", "san"]),
        new("it", 8,
            ["assistenza", "domiciliare", "integrata", "ospedale", "ospedali", "pazienti", "paziente", "infermieri", "medico", "famiglia", "anziani",
             "diabete", "telemonitoraggio", "scompenso", "cardiaco", "riabilitazione", "demenza", "caregiver", "prevenzione", "cadute", "farmaci"],
            ["e", "per", "con", "in", "di", "a"], ["pro", "gram", "ma", "ser", "vi", "zio", "svi", "lup", "po", "co", "mu", "ni", "tà", "ac", "ces", "so", "ges", "tio", "ne", "cu", "ra"]),
    ];

    /// <summary>Every content word of every language, for generating misspellings.</summary>
    public static IEnumerable<string> ContentWords => Languages.SelectMany(l => l.Words);

    public static readonly string[] Types = ["DigitalSolution", "OrganisationalModel", "Service", "Training", "Policy"];
    public static readonly string[] Countries = ["NL", "BE", "DE", "AT", "NO", "SE", "DK", "FI", "ES", "PT", "FR", "IT", "IE", "GB", "PL", "CZ", "SI", "EE", "LT", "GR"];
    public static readonly string[] WhoCodes = [.. Enumerable.Range(1, 6).SelectMany(a => Enumerable.Range(1, 5).Select(b => $"DHI-{a}.{b}"))];
    public static readonly string[] TargetGroups = ["patients", "older-adults", "carers", "children", "professionals", "people-with-dementia", "people-with-diabetes", "migrants", "general-public", "managers"];
    public static readonly string[] CareSettings = ["home", "primary", "hospital", "nursing-home", "community", "pharmacy", "rehabilitation", "mental-health"];
    public static readonly string[] SpokenLanguages = ["en", "de", "nl", "no", "es", "fr", "it", "pt", "pl", "sv"];
    public static readonly string[] EvidenceTypes = ["rct", "observational", "qualitative", "cost-effectiveness", "pilot", "expert-opinion"];

    public static IEnumerable<PracticeDocument> Generate(int count, int seed = 20261122)
    {
        var random = new Random(seed);
        var languages = Languages.Select((l, i) => l with { Tail = TailWords(l, new Random(seed + 1000 * (i + 1))) }).ToArray();
        var totalWeight = Languages.Sum(l => l.Weight);
        var epoch = new DateTime(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var n = 0; n < count; n++)
        {
            var pick = random.Next(totalWeight);
            var language = languages.First(l => (pick -= l.Weight) < 0);
            var stage = random.Next(1, 11);
            yield return new PracticeDocument
            {
                Id = new Guid(n, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)(seed & 0xFF)),
                OwnerTenantId = new Guid(random.Next(1, 500), 0, 0, 0, 0, 0, 0, 0, 0, 0, 1),
                OwnerName = $"Organisation {random.Next(1, 500)}",
                Title = Sentence(random, language, random.Next(3, 7), title: true),
                Summary = Sentence(random, language, random.Next(15, 26)) + ".",
                Body = string.Join(". ", Enumerable.Range(0, random.Next(5, 10)).Select(_ => Sentence(random, language, random.Next(10, 16)))) + ".",
                TextLanguage = language.Code,
                Type = Types[Skewed(random, Types.Length)],
                Countries = Some(random, Countries, 1, 3),
                Trl = random.Next(1, 10),
                Stage = $"dha-stage-{stage:00}",
                StageOrder = stage,
                WhoCodes = Some(random, WhoCodes, 1, 3),
                TargetGroups = Some(random, TargetGroups, 1, 2),
                CareSettings = Some(random, CareSettings, 1, 2),
                Languages = [language.Code == "it" ? "it" : language.Code, .. Some(random, SpokenLanguages, 0, 1)],
                EvidenceTypes = Some(random, EvidenceTypes, 0, 2),
                PublishedAt = epoch.AddMinutes(random.Next(0, 5 * 365 * 24 * 60)),
            };
        }
    }

    private static string Sentence(Random random, Language language, int words, bool title = false)
    {
        var parts = new string[words];
        for (var i = 0; i < words; i++)
        {
            // Every third word a connector (a stop word), as in prose. Titles are mostly health words; in running text
            // about one content word in six is one, the rest come from the long tail, common ones far more often.
            parts[i] = i % 3 == 2 ? language.Connectors[random.Next(language.Connectors.Length)]
                : random.NextDouble() < (title ? 0.75 : 0.17) ? language.Words[Skewed(random, language.Words.Length)]
                : language.Tail[Zipf(random, language.Tail.Length)];
        }

        var text = string.Join(' ', parts);
        return title || random.Next(2) == 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text;
    }

    private const int TailSize = 3000;

    private static string[] TailWords(Language language, Random random)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < TailSize)
        {
            var syllables = random.Next(2, 5);
            words.Add(string.Concat(Enumerable.Range(0, syllables).Select(_ => language.Syllables[random.Next(language.Syllables.Length)])));
        }

        return [.. words];
    }

    /// <summary>Zipf (s = 1) over <paramref name="length"/> ranks by inverse transform of the continuous approximation: rank ≈ e^(u·ln n).</summary>
    private static int Zipf(Random random, int length) => Math.Min(length - 1, (int)Math.Exp(random.NextDouble() * Math.Log(length + 1)) - 1);

    /// <summary>Lower indexes more likely (roughly Zipf-like), as word and category frequencies are in real data.</summary>
    private static int Skewed(Random random, int length) => (int)(Math.Pow(random.NextDouble(), 1.6) * length);

    private static string[] Some(Random random, string[] from, int min, int max)
    {
        var count = random.Next(min, max + 1);
        var chosen = new HashSet<string>();
        while (chosen.Count < count)
        {
            chosen.Add(from[Skewed(random, from.Length)]);
        }

        return [.. chosen];
    }
}
