using System.Net;
using System.Text;
using ImplementAll.Platform.IntegrationTests.Support;

namespace ImplementAll.Platform.IntegrationTests;

/// <summary>Generated query strings (text, facets, paging, sorting) against the real search endpoint: none may cause a 5xx.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SearchFuzzTests(PlatformFactory factory)
{
    private const int Queries = 10_000;
    private static readonly string[] Pieces =
    [
        "\"", "*", "?", ":", "\\", "(", ")", "[", "]", "{", "}", "~", "^", "!", "-", "+", "&&", "||", "AND", "OR", "NOT", "/", "'", "%", "<script>",
        "telemonitoring", "COPD", "ziekenhuis", "Diabetes", "salud", "helse", "é", "ß", "ø", "中文", "🙂", " ", "\t", "\u0000", "\u200B", "%00", "..",
    ];

    private static readonly string[] Parameters = ["q", "q", "q", "type", "country", "trl", "stage", "who", "language", "sort", "page", "pageSize", "unknown"];

    [Fact]
    public async Task Ten_thousand_generated_queries_never_get_a_server_error()
    {
        var random = new Random(20261122);
        var client = new Api(factory).Anonymous();
        var failures = new List<string>();
        for (var i = 0; i < Queries && failures.Count < 5; i++)
        {
            var query = new StringBuilder();
            for (var p = random.Next(1, 4); p > 0; p--)
            {
                var value = new StringBuilder();
                for (var n = random.Next(0, 6); n > 0; n--)
                {
                    value.Append(random.Next(4) == 0 ? random.Next(-5, 100_000).ToString() : Pieces[random.Next(Pieces.Length)]);
                }

                if (random.Next(50) == 0)
                {
                    value.Append(new string('x', random.Next(150, 400)));
                }

                query.Append(Parameters[random.Next(Parameters.Length)]).Append('=').Append(Uri.EscapeDataString(value.ToString())).Append('&');
            }

            var path = random.Next(5) == 0 ? "/api/v1/practices/suggest?prefix=" + Uri.EscapeDataString(query.ToString()) : "/api/v1/practices/search?" + query;
            var response = await client.GetAsync(path);
            if ((int)response.StatusCode >= 500 || response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.BadRequest))
            {
                failures.Add($"{(int)response.StatusCode} for {path}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
