using System.Text.Json;
using ImplementAll.Platform.Core.Blobs;

namespace ImplementAll.Platform.Infrastructure.Blobs;

/// <summary>
/// The embedded face's blobs: <c>{root}/{tenantId:N}/{key}</c> plus a small <c>{key}.json</c> with the content type and file name.
/// Downloads go through the app at a signed <c>/files/...</c> URL because there is no storage service to hand a SAS out.
/// </summary>
public sealed class FileSystemBlobStore : IBlobStore, ISignedBlobUrlValidator
{
    private readonly string root;
    private readonly BlobUrlSigner signer;
    private readonly TimeProvider time;

    public FileSystemBlobStore(string root, byte[] signingKey, TimeProvider time)
    {
        if (signingKey.Length < 32)
        {
            throw new ArgumentException("The signing key must be at least 256 bits.", nameof(signingKey));
        }

        this.root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        signer = new BlobUrlSigner(signingKey);
        this.time = time;
    }

    public async Task<StoredBlob> PutAsync(Guid tenantId, string fileName, Stream content, string contentType, CancellationToken cancellationToken)
    {
        var key = BlobKeys.NewKey();
        var path = PathOf(tenantId, key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path + ".json", JsonSerializer.Serialize(new Metadata(contentType, fileName)), cancellationToken);

        // Written aside and moved in, so a reader never sees half a file.
        var temp = path + ".tmp";
        try
        {
            long length;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
                length = file.Length;
            }

            File.Move(temp, path);
            return new StoredBlob(key, fileName, contentType, length);
        }
        catch
        {
            // A cancelled or failed upload leaves nothing behind.
            File.Delete(temp);
            File.Delete(path + ".json");
            throw;
        }
    }

    public async Task<BlobDownload?> OpenReadAsync(Guid tenantId, string key, CancellationToken cancellationToken)
    {
        if (!BlobKeys.IsWellFormed(key))
        {
            return null;
        }

        var path = PathOf(tenantId, key);
        FileStream stream;
        try
        {
            // Delete sharing lets a concurrent delete proceed while a download is streaming.
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        var metadata = await ReadMetadataAsync(path, cancellationToken);
        return new BlobDownload(stream, metadata.ContentType, metadata.FileName);
    }

    public Task<bool> DeleteAsync(Guid tenantId, string key, CancellationToken cancellationToken)
    {
        if (!BlobKeys.IsWellFormed(key))
        {
            return Task.FromResult(false);
        }

        var path = PathOf(tenantId, key);
        var existed = File.Exists(path);
        if (existed)
        {
            File.Delete(path);
        }

        if (File.Exists(path + ".json"))
        {
            File.Delete(path + ".json");
        }

        return Task.FromResult(existed);
    }

    public Task<Uri> GetDownloadUriAsync(Guid tenantId, string key, TimeSpan lifetime, string downloadFileName, CancellationToken cancellationToken)
    {
        if (!BlobKeys.IsWellFormed(key))
        {
            throw new ArgumentException("Not a blob key.", nameof(key));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        var expires = time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        var signature = signer.Sign(tenantId, key, downloadFileName, expires);
        var url = $"/files/{tenantId}/{key}?name={Uri.EscapeDataString(downloadFileName)}&expires={expires}&sig={signature}";
        return Task.FromResult(new Uri(url, UriKind.Relative));
    }

    public bool IsValid(Guid tenantId, string key, string downloadFileName, long expires, string signature) =>
        BlobKeys.IsWellFormed(key)
        && time.GetUtcNow().ToUnixTimeSeconds() <= expires
        && signer.Verify(tenantId, key, downloadFileName, expires, signature);

    private string PathOf(Guid tenantId, string key)
    {
        if (!BlobKeys.IsWellFormed(key))
        {
            throw new ArgumentException("Not a blob key.", nameof(key));
        }

        var path = Path.GetFullPath(Path.Combine(root, tenantId.ToString("N"), key));
        // Belt and braces: a well-formed key cannot escape, but this check keeps it so if the key format ever changes.
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("Not a blob key.", nameof(key));
        }

        return path;
    }

    private static async Task<Metadata> ReadMetadataAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var file = File.OpenRead(path + ".json");
            return await JsonSerializer.DeserializeAsync<Metadata>(file, cancellationToken: cancellationToken) ?? Metadata.Unknown;
        }
        catch (Exception e) when (e is FileNotFoundException or JsonException)
        {
            return Metadata.Unknown;
        }
    }

    private sealed record Metadata(string ContentType, string FileName)
    {
        public static readonly Metadata Unknown = new("application/octet-stream", "download");
    }
}
