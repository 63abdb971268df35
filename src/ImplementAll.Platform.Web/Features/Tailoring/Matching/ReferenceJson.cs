using System.Text.Json;
using ImplementAll.Platform.Web.Features.Reference;

namespace ImplementAll.Platform.Web.Features.Tailoring.Matching;

/// <summary>Small readers for the reference files' raw JSON, where a missing or null field means "not known".</summary>
internal static class ReferenceJson
{
    public static ReferenceTaxonomy Required(ReferenceCatalogue catalogue, string key) =>
        catalogue.Find(key) ?? throw new InvalidOperationException($"Reference data '{key}.json' is missing; strategy matching needs it.");

    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static double? Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : null;

    public static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];
}
