using System.Net;
using System.Text.Json;
using ImplementAll.Platform.IntegrationTests.Support;

namespace ImplementAll.Platform.IntegrationTests;

[Collection(PlatformCollection.Name)]
public sealed class StrategyPageTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task The_theme_to_CFIR_mapping_is_documented_in_the_product_and_suggestions_explain_themselves()
    {
        var client = api.Anonymous();
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/tailoring/strategies"));
        Assert.Contains("How ItFits barrier themes map to CFIR", page);

        var themes = JsonDocument.Parse(await api.As(TestPerson.New("Reader")).GetStringAsync("/api/v1/tailoring/barrier-themes")).RootElement;
        var theme = themes.GetProperty("themes").EnumerateArray().First();
        var id = theme.GetProperty("id").GetString();
        Assert.Contains(theme.GetProperty("name").GetString()!, page);

        var ranked = WebUtility.HtmlDecode(await client.GetStringAsync($"/tailoring/strategies?theme={id}"));
        Assert.Contains("Suggested strategies", ranked);
        Assert.Contains("(ERIC ", ranked);
    }

    [Fact]
    public async Task An_unknown_theme_or_barrier_is_explained_not_an_error_page()
    {
        var response = await api.Anonymous().GetAsync("/tailoring/strategies?theme=no-such-theme");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose one of the barrier themes", await response.Content.ReadAsStringAsync());
    }
}
