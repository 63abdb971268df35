using System.Xml.Linq;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ImplementAll.Platform.Infrastructure.DataProtection;

/// <summary>
/// Keeps the data-protection key ring in one blob so every app instance decrypts what another encrypted
/// (cookies, antiforgery tokens). Writes are read-modify-write guarded by the blob's ETag: when two instances add a key
/// at once, the loser re-reads and re-applies its key instead of overwriting the winner's.
/// </summary>
public sealed class BlobXmlRepository(BlobClient blob) : IXmlRepository
{
    private const int MaxAttempts = 20;

    public IReadOnlyCollection<XElement> GetAllElements() =>
        Read().Document?.Root?.Elements().Select(e => new XElement(e)).ToList() ?? [];

    public void StoreElement(XElement element, string friendlyName)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (document, etag) = Read();
            document ??= new XDocument(new XElement("repository"));
            document.Root!.Add(new XElement(element));

            try
            {
                Write(document, etag);
                return;
            }
            catch (RequestFailedException e) when (IsLostRace(e) && attempt < MaxAttempts)
            {
                // Random back-off spreads instances that collided so they don't collide again in lockstep.
                Thread.Sleep(Random.Shared.Next(10, 50 * attempt));
            }
            catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.ContainerNotFound)
            {
                blob.GetParentBlobContainerClient().CreateIfNotExists(PublicAccessType.None);
            }
        }
    }

    // 412: the blob changed since we read it; 409: it was created since we found none.
    private static bool IsLostRace(RequestFailedException e) => e.Status is 412 or 409;

    private (XDocument? Document, ETag? ETag) Read()
    {
        try
        {
            var result = blob.DownloadContent().Value;
            using var stream = result.Content.ToStream();
            return (XDocument.Load(stream), result.Details.ETag);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return (null, null);
        }
    }

    private void Write(XDocument document, ETag? etag)
    {
        using var buffer = new MemoryStream();
        document.Save(buffer);
        buffer.Position = 0;
        blob.Upload(buffer, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/xml; charset=utf-8" },
            // Only overwrite the version we read, or create only if there was none.
            Conditions = etag is { } known ? new BlobRequestConditions { IfMatch = known } : new BlobRequestConditions { IfNoneMatch = ETag.All },
        });
    }
}
