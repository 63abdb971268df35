using Azure.Core;
using Azure.Storage.Blobs;
using ImplementAll.Platform.Infrastructure.Blobs;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;

namespace ImplementAll.Platform.Infrastructure.DataProtection;

public static class DataProtectionRegistration
{
    /// <summary>
    /// Shares the key ring between cloud instances through one blob, e.g. https://account.blob.core.windows.net/dataprotection/keys.xml,
    /// read and written with <paramref name="credential"/> (the identity needs Storage Blob Data Contributor on that container).
    /// </summary>
    public static IDataProtectionBuilder PersistKeysToAzure(this IDataProtectionBuilder builder, Uri blobUri, TokenCredential credential) =>
        builder.PersistKeysToAzure(new BlobClient(blobUri, credential, BlobRegistration.ClientOptions()));

    /// <summary>Protects every key written to the key ring with a Key Vault key (https://vault/keys/name), using <paramref name="credential"/>.</summary>
    public static IDataProtectionBuilder ProtectKeysWithKeyVault(this IDataProtectionBuilder builder, Uri keyUri, TokenCredential credential, HttpMessageHandler? handler = null)
    {
        builder.Services.AddSingleton(new KeyVaultKeyWrapper(handler is null ? new HttpClient() : new HttpClient(handler), credential, keyUri));
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceProvider>((options, services) => options.XmlEncryptor = new KeyVaultXmlEncryptor(services.GetRequiredService<KeyVaultKeyWrapper>()));
        return builder;
    }

    /// <summary>The same over any blob client, e.g. one made from an Azurite connection string.</summary>
    public static IDataProtectionBuilder PersistKeysToAzure(this IDataProtectionBuilder builder, BlobClient blob)
    {
        builder.Services.Configure<KeyManagementOptions>(options => options.XmlRepository = new BlobXmlRepository(blob));
        return builder;
    }
}
