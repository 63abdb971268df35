using System.Net.Http.Json;
using System.Text.Json;
using ImplementAll.Platform.Core.Search;
using ImplementAll.Platform.IntegrationTests.Support;
using ImplementAll.Platform.Web.Features.Practices;
using Microsoft.Extensions.DependencyInjection;

namespace ImplementAll.Platform.IntegrationTests;

[Collection(PlatformCollection.Name)]
public sealed class ReindexTests(PlatformFactory factory)
{
    private readonly Api api = new(factory);

    [Fact]
    public async Task A_lost_index_is_rebuilt_from_the_database_with_progress()
    {
        var owner = TestPerson.New("Rix");
        var org = await api.RegisterAsync(owner);
        var marker = "rebuild" + Guid.NewGuid().ToString("N")[..6];
        var published = await Practices.RegisterAsync(api, org, owner, Practices.CompleteInput($"Remote rehabilitation {marker}"));
        await Practices.PublishAsync(api, org, owner, published, await Practices.CuratorAsync(api));
        await Practices.RegisterAsync(api, org, owner, Practices.CompleteInput($"Unpublished draft {marker}"));

        await using var scope = factory.Services.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<IPracticeSearchIndex>();
        await index.ClearAsync(CancellationToken.None);
        Assert.Equal(0, (await Search(marker)).GetProperty("total").GetInt64());

        var reports = new List<(int Done, int Total)>();
        var count = await scope.ServiceProvider.GetRequiredService<Reindex>().RunAsync(new Recorder(reports), CancellationToken.None);

        Assert.True(count >= 1);
        Assert.NotEmpty(reports);
        Assert.Equal(reports[^1].Total, reports[^1].Done);
        var found = await Search(marker);
        Assert.Equal(1, found.GetProperty("total").GetInt64());
        Assert.Equal(published, found.GetProperty("hits")[0].GetProperty("id").GetGuid());
    }

    private async Task<JsonElement> Search(string text) =>
        await api.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/practices/search?q={text}", Api.Json);

    private sealed class Recorder(List<(int Done, int Total)> reports) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => reports.Add(value);
    }
}
