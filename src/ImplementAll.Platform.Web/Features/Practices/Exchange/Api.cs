using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImplementAll.Platform.Web.Features.Practices.Exchange;

internal static class Api
{
    /// <summary>The API's JSON conventions, for files read and written outside model binding.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
    };
}
