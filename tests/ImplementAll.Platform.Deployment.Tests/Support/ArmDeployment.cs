using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ImplementAll.Platform.Deployment.Tests.Support;

/// <summary>
/// One template in the compiled ARM JSON: the top-level one or a module's nested deployment.
/// Modules pass values through parameters and outputs, so a property's real source is found by <see cref="Expand"/>.
/// </summary>
internal sealed partial class ArmDeployment
{
    private ArmDeployment(string name, JsonObject template, JsonObject? passedParameters, ArmDeployment? parent)
    {
        Name = name;
        Template = template;
        PassedParameters = passedParameters;
        Parent = parent;
        // languageVersion 2.0 templates (used when a module declares a type) key resources by symbolic name.
        Resources = template["resources"] switch
        {
            JsonArray array => array.Select(r => r!.AsObject()).ToList(),
            JsonObject symbolic => symbolic.Select(p => p.Value!.AsObject()).ToList(),
            _ => [],
        };
        Children = Resources
            .Where(r => (string?)r["type"] == "Microsoft.Resources/deployments")
            .Select(r => new ArmDeployment(
                (string)r["name"]!,
                r["properties"]!["template"]!.AsObject(),
                r["properties"]!["parameters"]?.AsObject(),
                this))
            .ToList();
    }

    // The default encoder writes ' as \u0027, which would hide parameters('x') from the expansion below.
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name { get; }

    public JsonObject Template { get; }

    public JsonObject? PassedParameters { get; }

    public ArmDeployment? Parent { get; }

    public IReadOnlyList<JsonObject> Resources { get; }

    public IReadOnlyList<ArmDeployment> Children { get; }

    public static ArmDeployment Parse(string json) => new("main", JsonNode.Parse(json)!.AsObject(), null, null);

    public IEnumerable<ArmDeployment> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);

    /// <summary>Every resource that Azure will create, in any template, with the template it is declared in.</summary>
    public IEnumerable<(ArmDeployment Deployment, JsonObject Resource)> AllResources() =>
        SelfAndDescendants().SelectMany(d => d.Resources
            .Where(r => (string?)r["type"] != "Microsoft.Resources/deployments" && r["existing"] is null)
            .Select(r => (d, r)));

    public IEnumerable<(ArmDeployment Deployment, JsonObject Resource)> ResourcesOfType(string type) =>
        AllResources().Where(x => string.Equals((string?)x.Resource["type"], type, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Rewrites an expression declared in this template until it only mentions top-level parameters and resources:
    /// parameters become the values the parent passes, module outputs become the child's output expression, and variables their values.
    /// </summary>
    public string Expand(JsonNode? node, int depth = 0)
    {
        if (depth > 25)
        {
            throw new InvalidOperationException("Expression expansion did not converge.");
        }
        var text = node is JsonValue value && value.TryGetValue<string>(out var s) ? s : node?.ToJsonString(Unescaped) ?? "null";
        // "[...]" marks an ARM expression ("[[" escapes a literal bracket); drop the marker so expansions nest readably.
        if (text.StartsWith('[') && !text.StartsWith("[[", StringComparison.Ordinal) && text.EndsWith(']'))
        {
            text = text[1..^1];
        }

        // One pass, so text substituted from another template is never rewritten again in this template's terms.
        return Reference().Replace(text, m =>
        {
            if (m.Groups["deployment"].Success)
            {
                var child = Children.SingleOrDefault(c => c.Name == m.Groups["deployment"].Value);
                var output = child?.Template["outputs"]?[m.Groups["output"].Value]?["value"];
                return child is null || output is null ? m.Value : $"({child.Expand(output, depth + 1)})";
            }
            if (m.Groups["symbol"].Success)
            {
                // languageVersion 2.0 refers to its own resources by symbolic name; spell them out as earlier versions do.
                var target = Template["resources"]?[m.Groups["symbol"].Value];
                return target is JsonObject resource
                    ? $"reference(resourceId('{resource["type"]}', ({Expand(resource["name"], depth + 1)}))"
                    : m.Value;
            }
            if (m.Groups["variable"].Success)
            {
                var variable = Template["variables"]?[m.Groups["variable"].Value];
                if (m.Groups["member"].Success)
                {
                    variable = variable?[m.Groups["member"].Value];
                }
                return variable switch
                {
                    null => m.Value,
                    JsonValue v when v.TryGetValue<string>(out var literal) && !literal.StartsWith('[') => $"'{literal}'",
                    _ => $"({Expand(variable, depth + 1)})",
                };
            }
            var name = m.Groups["parameter"].Value;
            if (Parent is null)
            {
                return m.Value;
            }
            switch (PassedParameters?[name])
            {
                case JsonObject passed:
                    return $"({Parent.Expand(passed["value"], depth + 1)})";
                case JsonValue conditional:
                    // A conditional module argument compiles to one expression choosing between createObject('value', ...) forms.
                    return $"({Parent.Expand(conditional, depth + 1)})";
            }
            return Template["parameters"]?[name]?["defaultValue"] is { } fallback ? $"({Expand(fallback, depth + 1)})" : m.Value;
        });
    }

    [GeneratedRegex("""
        reference\((?:extension)?[rR]esourceId\((?:(?!reference\().)*?'Microsoft\.Resources/deployments',\ '(?<deployment>[^']+)'\)(?:,\ '[^']+')?\)\.outputs\.(?<output>\w+)\.value
        | reference\('(?<symbol>\w+)'
        | variables\('(?<variable>\w+)'\)(?:\.(?<member>\w+))?
        | parameters\('(?<parameter>\w+)'\)
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Reference();
}
