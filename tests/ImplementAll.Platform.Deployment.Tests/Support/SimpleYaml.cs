namespace ImplementAll.Platform.Deployment.Tests.Support;

/// <summary>
/// Reads the block-mapping subset of YAML that azure.yaml uses into dotted keys ("services.web.project").
/// Sequences, flow style and multi-line scalars are rejected rather than misread.
/// </summary>
internal static class SimpleYaml
{
    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = new List<(int Indent, string Key)>();
        foreach (var raw in text.Split('\n'))
        {
            var line = StripComment(raw).TrimEnd();
            if (line.Trim().Length == 0)
            {
                continue;
            }
            var indent = line.Length - line.TrimStart().Length;
            var content = line.Trim();
            var colon = content.IndexOf(':');
            if (content.StartsWith('-') || colon <= 0 || content.EndsWith('|') || content.EndsWith('>'))
            {
                throw new FormatException($"Unsupported YAML line: '{raw}'");
            }
            path.RemoveAll(p => p.Indent >= indent);
            var key = content[..colon].Trim();
            var value = content[(colon + 1)..].Trim().Trim('"', '\'');
            path.Add((indent, key));
            if (value.Length > 0)
            {
                values[string.Join('.', path.Select(p => p.Key))] = value;
            }
        }
        return values;
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf(" #", StringComparison.Ordinal);
        return line.TrimStart().StartsWith('#') ? "" : hash >= 0 ? line[..hash] : line;
    }
}
