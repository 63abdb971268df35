using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using ImplementAll.Platform.Core.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ImplementAll.Platform.Infrastructure.Blobs;

public static class BlobRegistration
{
    /// <summary>
    /// Registers <see cref="IBlobStore"/> and <see cref="ISignedBlobUrlValidator"/> from the <c>Blobs</c> section:
    /// Azure Blob with a managed identity when <c>Blobs:ServiceUri</c> is set, with a shared key when <c>Blobs:ConnectionString</c>
    /// is set, otherwise folders under <paramref name="dataDirectory"/>. The cloud face refuses the file system because its
    /// instances do not share a disk.
    /// </summary>
    public static IServiceCollection AddPlatformBlobs(this IServiceCollection services, IConfiguration configuration, string dataDirectory, bool cloud)
    {
        var options = configuration.GetSection(BlobOptions.Section).Get<BlobOptions>() ?? new BlobOptions();
        services.TryAddSingleton(TimeProvider.System);

        var azure = options.ServiceUri is not null || !string.IsNullOrWhiteSpace(options.ConnectionString);
        if ((options.Provider ?? (azure ? BlobProvider.AzureBlob : BlobProvider.FileSystem)) == BlobProvider.AzureBlob)
        {
            if (!azure)
            {
                throw new InvalidOperationException("Blobs:Provider is AzureBlob but neither Blobs:ServiceUri nor Blobs:ConnectionString is set.");
            }

            services.AddSingleton(sp => new AzureBlobStore(CreateServiceClient(options, sp), sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton<IBlobStore>(sp => sp.GetRequiredService<AzureBlobStore>());
            services.AddSingleton<ISignedBlobUrlValidator, NoLocalBlobUrls>();
            return services;
        }

        if (cloud)
        {
            throw new InvalidOperationException("The cloud face keeps files in Azure Blob Storage: set Blobs:ServiceUri (or Blobs:ConnectionString).");
        }

        var root = Path.Combine(dataDirectory, options.Root);
        var signingKey = string.IsNullOrWhiteSpace(options.SigningKey)
            ? LocalSigningKey.LoadOrCreate(Path.Combine(dataDirectory, "blob-signing.key"))
            : Convert.FromBase64String(options.SigningKey);
        services.AddSingleton(sp => new FileSystemBlobStore(root, signingKey, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IBlobStore>(sp => sp.GetRequiredService<FileSystemBlobStore>());
        services.AddSingleton<ISignedBlobUrlValidator>(sp => sp.GetRequiredService<FileSystemBlobStore>());
        return services;
    }

    /// <summary>
    /// Pinned to a version Azurite 3.37 accepts, so a developer's plain Azurite works without --skipApiVersionCheck;
    /// the cloud service accepts it too.
    /// </summary>
    public static BlobClientOptions ClientOptions() => new(BlobClientOptions.ServiceVersion.V2026_06_06);

    private static BlobServiceClient CreateServiceClient(BlobOptions options, IServiceProvider services) =>
        options.ServiceUri is not null
            // A TokenCredential registered by the host (one for the whole app) wins, so its token cache is shared.
            ? new BlobServiceClient(options.ServiceUri, services.GetService<TokenCredential>() ?? new DefaultAzureCredential(), ClientOptions())
            : new BlobServiceClient(options.ConnectionString, ClientOptions());

    /// <summary>Cloud downloads are SAS URIs served by the storage service; no local URL is ever valid.</summary>
    private sealed class NoLocalBlobUrls : ISignedBlobUrlValidator
    {
        public bool IsValid(Guid tenantId, string key, string downloadFileName, long expires, string signature) => false;
    }
}
