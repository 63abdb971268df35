using System.Text.RegularExpressions;
using System.Xml.Linq;
using ImplementAll.Platform.Web.Platform.Localisation;

namespace ImplementAll.Platform.UnitTests;

/// <summary>
/// Every text the pages and page models look up (<c>L["..."]</c>) has a translation in every offered language, and a
/// translation keeps its text's placeholders: a missing one shows English in the middle of a Dutch page, and a lost
/// or extra <c>{0}</c> makes the page fail when it formats the text.
/// </summary>
public sealed partial class TranslationTests
{
    private static readonly string Web = Path.Combine(RepositoryRoot.Find(), "src", "ImplementAll.Platform.Web");

    public static TheoryData<string> Languages() => [.. LocalisationSetup.Cultures.Where(c => c != "en")];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_looked_up_text_is_translated(string language)
    {
        var translated = Translations(language);

        var missing = LookedUpTexts().Where(t => !translated.ContainsKey(t)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"{missing.Count} texts have no {language} translation, among them: {string.Join(" | ", missing.Take(10))}");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Translations_keep_their_placeholders(string language)
    {
        var broken = Translations(language)
            .Where(t => !Placeholders(t.Key).SetEquals(Placeholders(t.Value)))
            .Select(t => $"{t.Key} => {t.Value}")
            .ToList();

        Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken));
    }

    [Fact]
    public void The_scan_finds_the_texts_of_pages_and_page_models()
    {
        var texts = LookedUpTexts();

        // One text of the ItFits pages, one of the shared layout.
        Assert.Contains("Add a goal", texts);
        Assert.Contains("Sign in", texts);
        Assert.True(texts.Count > 400, $"only {texts.Count} texts found: the scan misses files");
    }

    private static HashSet<string> LookedUpTexts() =>
        Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LookUp().Matches(File.ReadAllText(f)))
            .Select(m => m.Groups["text"].Value.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);

    private static Dictionary<string, string> Translations(string language) =>
        XDocument.Load(Path.Combine(Web, "Resources", $"SharedResource.{language}.resx")).Root!
            .Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\bL\[""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LookUp();

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
