namespace ImplementAll.Platform.Infrastructure.Blobs;

public sealed class BlobOptions
{
    public const string Section = "Blobs";

    /// <summary>Unset means: Azure Blob when <see cref="ServiceUri"/> or <see cref="ConnectionString"/> is set, else the file system.</summary>
    public BlobProvider? Provider { get; set; }

    /// <summary>File-system root; a relative path is under the data folder.</summary>
    public string Root { get; set; } = "blobs";

    /// <summary>e.g. https://account.blob.core.windows.net/ — used with a managed identity (DefaultAzureCredential).</summary>
    public Uri? ServiceUri { get; set; }

    /// <summary>Account key connection string, for Azurite or accounts without Entra access.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Base64 HMAC key for signed local download URLs; when empty one is generated and kept in the data folder.</summary>
    public string? SigningKey { get; set; }
}

public enum BlobProvider
{
    FileSystem,
    AzureBlob,
}
