namespace ImplementAll.Platform.Infrastructure.Search;

/// <summary>
/// The text languages both adapters analyze with their own stemming, and the key every other language falls back to.
/// Field names are built from these keys (title_en, summary_de, body_std), identical in Lucene and Azure AI Search.
/// </summary>
internal static class TextLanguages
{
    public static readonly IReadOnlyList<string> Stemmed = ["en", "de", "nl", "no", "es", "fr"];

    public const string Standard = "std";

    /// <summary><see cref="Stemmed"/> plus <see cref="Standard"/>: every language key a query must cover.</summary>
    public static readonly IReadOnlyList<string> AllKeys = [.. Stemmed, Standard];

    /// <summary>The key a document's text is indexed under: its own when stemmed, Norwegian for nb/nn, else standard.</summary>
    public static string KeyFor(string? textLanguage)
    {
        var code = (textLanguage ?? string.Empty).Trim().ToLowerInvariant();
        if (code.Length > 2 && (code[2] == '-' || code[2] == '_'))
        {
            code = code[..2]; // en-GB, pt_BR
        }

        code = code is "nb" or "nn" ? "no" : code;
        return Stemmed.Contains(code) ? code : Standard;
    }

    public static string TitleField(string key) => "title_" + key;

    public static string SummaryField(string key) => "summary_" + key;

    public static string BodyField(string key) => "body_" + key;
}
