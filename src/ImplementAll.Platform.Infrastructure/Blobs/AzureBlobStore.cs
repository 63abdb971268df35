using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;
using ImplementAll.Platform.Core.Blobs;
using Microsoft.Net.Http.Headers;

namespace ImplementAll.Platform.Infrastructure.Blobs;

/// <summary>
/// The cloud face's blobs: one private container per tenant (<c>t-{tenantId:N}</c>), so a leaked SAS or a bug in key
/// handling can reach only one tenant's files, and a tenant can be removed by deleting its container.
/// </summary>
public sealed class AzureBlobStore(BlobServiceClient service, TimeProvider time) : IBlobStore
{
    private const string FileNameMetadata = "filename";

    // Tolerates a few minutes of clock difference between this instance and the storage service.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<Guid, bool> knownContainers = new();
    private UserDelegationKey? delegationKey;

    public static string ContainerName(Guid tenantId) => $"t-{tenantId:N}";

    public async Task<StoredBlob> PutAsync(Guid tenantId, string fileName, Stream content, string contentType, CancellationToken cancellationToken)
    {
        var container = service.GetBlobContainerClient(ContainerName(tenantId));
        if (!knownContainers.ContainsKey(tenantId))
        {
            await container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken);
            knownContainers[tenantId] = true;
        }

        var key = BlobKeys.NewKey();
        var start = content.CanSeek ? content.Position : 0;
        var blob = container.GetBlobClient(key);
        await blob.UploadAsync(content, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            // Metadata values must be ASCII; escaping keeps any file name.
            Metadata = new Dictionary<string, string> { [FileNameMetadata] = Uri.EscapeDataString(fileName) },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        }, cancellationToken);

        var length = content.CanSeek
            ? content.Position - start
            : (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value.ContentLength;
        return new StoredBlob(key, fileName, contentType, length);
    }

    public async Task<BlobDownload?> OpenReadAsync(Guid tenantId, string key, CancellationToken cancellationToken)
    {
        if (!BlobKeys.IsWellFormed(key))
        {
            return null;
        }

        try
        {
            var response = await Blob(tenantId, key).DownloadStreamingAsync(cancellationToken: cancellationToken);
            var details = response.Value.Details;
            var fileName = details.Metadata.TryGetValue(FileNameMetadata, out var escaped) ? Uri.UnescapeDataString(escaped) : key;
            return new BlobDownload(response.Value.Content, details.ContentType ?? "application/octet-stream", fileName);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> DeleteAsync(Guid tenantId, string key, CancellationToken cancellationToken)
    {
        if (!BlobKeys.IsWellFormed(key))
        {
            return false;
        }

        try
        {
            var response = await Blob(tenantId, key).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
            return response.Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    public async Task<Uri> GetDownloadUriAsync(Guid tenantId, string key, TimeSpan lifetime, string downloadFileName, CancellationToken cancellationToken)
    {
        if (!BlobKeys.IsWellFormed(key))
        {
            throw new ArgumentException("Not a blob key.", nameof(key));
        }

        // A user-delegation SAS cannot outlive its delegation key, which lasts seven days at most.
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lifetime, TimeSpan.FromDays(6));

        var now = time.GetUtcNow();
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(downloadFileName);
        var sas = new BlobSasBuilder(BlobSasPermissions.Read, now.Add(lifetime))
        {
            BlobContainerName = ContainerName(tenantId),
            BlobName = key,
            Resource = "b",
            StartsOn = now - ClockSkew,
            ContentDisposition = disposition.ToString(),
            Protocol = service.Uri.Scheme == Uri.UriSchemeHttps ? SasProtocol.Https : SasProtocol.HttpsAndHttp,
        };

        var blob = Blob(tenantId, key);
        // A shared key (connection string, Azurite) signs locally; an Entra identity must ask the service for a delegation key.
        if (blob.CanGenerateSasUri)
        {
            return blob.GenerateSasUri(sas);
        }

        var userKey = await DelegationKeyAsync(sas.ExpiresOn, cancellationToken);
        return blob.GenerateUserDelegationSasUri(sas, userKey);
    }

    private BlobClient Blob(Guid tenantId, string key) =>
        service.GetBlobContainerClient(ContainerName(tenantId)).GetBlobClient(key);

    // One delegation key serves many SAS URIs; fetching one per download would add a round trip and hit throttling.
    private async Task<UserDelegationKey> DelegationKeyAsync(DateTimeOffset neededUntil, CancellationToken cancellationToken)
    {
        var current = delegationKey;
        if (current is not null && current.SignedExpiresOn >= neededUntil)
        {
            return current;
        }

        var now = time.GetUtcNow();
        var maximum = now.AddDays(7); // the service's limit for a delegation key
        var expires = neededUntil.AddDays(1) < maximum ? neededUntil.AddDays(1) : maximum;
        var options = new BlobGetUserDelegationKeyOptions(expires) { StartsOn = now - ClockSkew };
        var fresh = (await service.GetUserDelegationKeyAsync(options, cancellationToken)).Value;
        delegationKey = fresh;
        return fresh;
    }
}
