using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace ImplementAll.Platform.Web.Features.Invitations;

/// <summary>
/// An invitation link carries the invitation id and a random secret, signed and encrypted by data protection so that a
/// tampered link is refused before the database is asked. The database holds only the secret's hash; expiry and single
/// use are decided from the stored invitation, so each refusal can say what went wrong.
/// </summary>
public sealed class InvitationTokens(IDataProtectionProvider provider)
{
    public const int MaxLength = 1024;
    private readonly IDataProtector protector = provider.CreateProtector("ImplementAll.Invitations.v1");

    public (string Token, string SecretHash) Create(Guid invitationId)
    {
        var secret = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (protector.Protect($"{invitationId:N}.{secret}"), Hash(secret));
    }

    public (Guid InvitationId, string SecretHash)? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > MaxLength)
        {
            return null;
        }

        string payload;
        try
        {
            payload = protector.Unprotect(token.Trim());
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }

        var parts = payload.Split('.', 2);
        return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var id) ? (id, Hash(parts[1])) : null;
    }

    public static bool SameHash(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    private static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
