using System.Globalization;
using System.Text;
using ImplementAll.Platform.Core.Practices;

namespace ImplementAll.Platform.Web.Features.Practices.Attachments;

/// <summary>
/// Turns whatever name a client sent into one that is safe on every disk and in every header, yet still reads like
/// the original: the last path segment only, no control or direction-changing characters, no characters Windows
/// reserves, no device names, a bounded length, and the extension of the type the content really is.
/// </summary>
public static class AttachmentFileNames
{
    public const string Fallback = "attachment";

    private const string Reserved = "<>:\"/\\|?*";

    private static readonly HashSet<string> DeviceNames = new(
        ["CON", "PRN", "AUX", "NUL", .. Enumerable.Range(1, 9).SelectMany(i => new[] { $"COM{i}", $"LPT{i}" })],
        StringComparer.OrdinalIgnoreCase);

    public static string Clean(string? supplied, string extension)
    {
        var name = (supplied ?? "").Normalize(NormalizationForm.FormC);
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];

        var text = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            switch (Rune.GetUnicodeCategory(rune))
            {
                // Control characters, and format characters such as U+202E that reverse how the rest of a name reads.
                case UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                    or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned:
                    continue;
                case UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                    text.Append(' ');
                    continue;
            }

            if (rune.IsAscii && Reserved.Contains((char)rune.Value))
            {
                text.Append('_');
            }
            else
            {
                text.Append(rune.ToString());
            }
        }

        var cleaned = string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        // The client's extension says nothing reliable; the sniffed type's extension replaces it.
        var dot = cleaned.LastIndexOf('.');
        if (dot > 0 && cleaned.Length - dot - 1 is > 0 and <= 10 && cleaned[(dot + 1)..].All(char.IsAsciiLetterOrDigit))
        {
            cleaned = cleaned[..dot];
        }

        cleaned = Shorten(Trim(cleaned), AttachmentLimits.BaseNameLength);
        if (cleaned.Length == 0)
        {
            cleaned = Fallback;
        }
        else if (DeviceNames.Contains(cleaned.Split('.')[0].TrimEnd()))
        {
            cleaned = "_" + cleaned;
        }

        return cleaned + extension;
    }

    private static string Trim(string name) => name.Trim(' ', '.', '_', '-');

    // Whole text elements only, so an emoji or an accented letter is never split in two.
    private static string Shorten(string name, int maximum)
    {
        if (name.Length <= maximum)
        {
            return name;
        }

        var elements = StringInfo.GetTextElementEnumerator(name);
        var end = 0;
        while (elements.MoveNext() && elements.ElementIndex + ((string)elements.Current).Length <= maximum)
        {
            end = elements.ElementIndex + ((string)elements.Current).Length;
        }

        return Trim(name[..end]);
    }
}
