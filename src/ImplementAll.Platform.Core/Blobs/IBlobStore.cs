namespace ImplementAll.Platform.Core.Blobs;

/// <summary>
/// The blob port: a folder on disk in the embedded face, Azure Blob Storage in the cloud.
/// Every call names the tenant, so an adapter can keep tenants apart physically (a folder or a container each)
/// rather than relying on callers to prefix keys.
/// </summary>
public interface IBlobStore
{
    /// <summary>Stores the content under a new server-generated key; <paramref name="fileName"/> is kept as metadata only.</summary>
    Task<StoredBlob> PutAsync(Guid tenantId, string fileName, Stream content, string contentType, CancellationToken cancellationToken);

    /// <summary>Null when the tenant has no blob with that key (including keys that are not well formed).</summary>
    Task<BlobDownload?> OpenReadAsync(Guid tenantId, string key, CancellationToken cancellationToken);

    /// <summary>False when there was nothing to delete.</summary>
    Task<bool> DeleteAsync(Guid tenantId, string key, CancellationToken cancellationToken);

    /// <summary>
    /// A short-lived, read-only link the browser can follow without our session (valet key): a SAS URI in the cloud,
    /// a signed relative URL (<c>/files/{tenantId}/{key}?...</c>) in the embedded face.
    /// Asynchronous because a user-delegation SAS needs a key fetched from the storage service.
    /// </summary>
    Task<Uri> GetDownloadUriAsync(Guid tenantId, string key, TimeSpan lifetime, string downloadFileName, CancellationToken cancellationToken);
}

/// <summary>Checks the signed local URLs that the embedded face's <see cref="IBlobStore"/> hands out.</summary>
public interface ISignedBlobUrlValidator
{
    /// <summary>
    /// True only when <paramref name="signature"/> was issued by this store for exactly these values and has not expired.
    /// The values are the route and query of the signed URL: <c>/files/{tenantId}/{key}?name=&amp;expires=&amp;sig=</c>.
    /// </summary>
    bool IsValid(Guid tenantId, string key, string downloadFileName, long expires, string signature);
}

public sealed record StoredBlob(string Key, string FileName, string ContentType, long Length);

/// <summary>An open blob; the caller owns and must dispose <see cref="Content"/>.</summary>
public sealed record BlobDownload(Stream Content, string ContentType, string FileName) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

public static class BlobKeys
{
    /// <summary>
    /// Keys are 32 lowercase hex digits made by the server, never user input; anything else is refused before it
    /// reaches a path or a URL, which is what makes path traversal impossible rather than merely filtered.
    /// </summary>
    public static bool IsWellFormed(string? key) =>
        key is { Length: 32 } && key.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    public static string NewKey() => Guid.CreateVersion7().ToString("N");
}
