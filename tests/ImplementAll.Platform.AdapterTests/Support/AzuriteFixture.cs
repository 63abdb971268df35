using Azure.Storage.Blobs;
using ImplementAll.Platform.Infrastructure.Blobs;

namespace ImplementAll.Platform.AdapterTests.Support;

/// <summary>One Azurite blob server (from the repository's node_modules) for every test in the collection.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    // Azurite's well-known development account key (node_modules/azurite/dist/src/common/utils/constants.js); public, emulator only.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly TempDirectory location = new();
    private ServerProcess? server;

    public string ConnectionString { get; private set; } = "";

    public BlobServiceClient CreateServiceClient() => new(ConnectionString, BlobRegistration.ClientOptions());

    public async Task InitializeAsync()
    {
        var port = ServerProcess.FreePort();
        var main = Path.Combine(TempDirectory.RepositoryRoot(), "node_modules", "azurite", "dist", "src", "blob", "main.js");
        if (!File.Exists(main))
        {
            throw new InvalidOperationException($"Azurite is missing at {main}: run `npm ci` in the repository root.");
        }

        server = await ServerProcess.StartAsync("node",
        [
            main, "--blobHost", "127.0.0.1", "--blobPort", port.ToString(), "--location", location.Path,
            "--skipApiVersionCheck", "--silent", "--loose",
        ], port);
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            $"AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        location.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
