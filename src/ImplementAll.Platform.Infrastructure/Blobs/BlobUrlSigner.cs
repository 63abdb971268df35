using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ImplementAll.Platform.Infrastructure.Blobs;

/// <summary>HMAC-SHA256 over every value the download URL carries, so none can be changed (another key, a later expiry).</summary>
internal sealed class BlobUrlSigner(byte[] key)
{
    public string Sign(Guid tenantId, string blobKey, string downloadFileName, long expires) =>
        Base64Url.EncodeToString(Mac(tenantId, blobKey, downloadFileName, expires));

    public bool Verify(Guid tenantId, string blobKey, string downloadFileName, long expires, string signature)
    {
        if (!Base64Url.IsValid(signature, out var length) || length != HMACSHA256.HashSizeInBytes)
        {
            return false;
        }

        var expected = Mac(tenantId, blobKey, downloadFileName, expires);
        return CryptographicOperations.FixedTimeEquals(expected, Base64Url.DecodeFromChars(signature));
    }

    // The file name goes last: the fixed-format fields before it keep the message unambiguous whatever the name contains.
    private byte[] Mac(Guid tenantId, string blobKey, string downloadFileName, long expires) =>
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{tenantId:N}\n{blobKey}\n{expires}\n{downloadFileName}"));
}
