using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace ImplementAll.Platform.Infrastructure.DataProtection;

/// <summary>
/// Encrypts each data-protection key with a fresh AES-256-GCM key, and that key with the vault (envelope encryption),
/// so a copy of the key-ring blob alone reveals nothing.
/// </summary>
public sealed class KeyVaultXmlEncryptor(KeyVaultKeyWrapper wrapper) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var contentKey = RandomNumberGenerator.GetBytes(32);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using (var aes = new AesGcm(contentKey, tag.Length))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag);
        }

        // Data protection's encryptor interface is synchronous; this runs only when a key is created.
        var (keyId, wrapped) = wrapper.WrapAsync(contentKey, CancellationToken.None).GetAwaiter().GetResult();
        CryptographicOperations.ZeroMemory(contentKey);
        var element = new XElement("encryptedKey",
            new XComment(" This key is encrypted with an Azure Key Vault key (envelope encryption, AES-256-GCM). "),
            new XElement("kid", keyId),
            new XElement("wrappedKey", Convert.ToBase64String(wrapped)),
            new XElement("nonce", Convert.ToBase64String(nonce)),
            new XElement("tag", Convert.ToBase64String(tag)),
            new XElement("value", Convert.ToBase64String(ciphertext)));
        return new EncryptedXmlInfo(element, typeof(KeyVaultXmlDecryptor));
    }
}

/// <summary>Data protection creates decryptors by type name with an <see cref="IServiceProvider"/>, hence this constructor.</summary>
public sealed class KeyVaultXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var wrapper = services.GetRequiredService<KeyVaultKeyWrapper>();
        byte[] Read(string name) => Convert.FromBase64String((string?)encryptedElement.Element(name) ?? throw new CryptographicException($"The encrypted key has no {name}."));
        var contentKey = wrapper.UnwrapAsync((string?)encryptedElement.Element("kid") ?? "", Read("wrappedKey"), CancellationToken.None).GetAwaiter().GetResult();
        var ciphertext = Read("value");
        var plaintext = new byte[ciphertext.Length];
        var tag = Read("tag");
        using (var aes = new AesGcm(contentKey, tag.Length))
        {
            aes.Decrypt(Read("nonce"), ciphertext, tag, plaintext);
        }

        CryptographicOperations.ZeroMemory(contentKey);
        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}
