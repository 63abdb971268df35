using System.Security.Cryptography;
using System.Text;
using ImplementAll.Platform.Web.Features.Invitations;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace ImplementAll.Platform.Web.Features.Tailoring.Consultation;

public sealed record SurveyLink(Guid TenantId, Guid InviteeId, string SecretHash);

/// <summary>
/// A survey link carries the tenant, the invitee and a random secret, signed and encrypted by data protection like an
/// invitation link. The tenant is in it because the respondent has no account and no tenant in the route: the request
/// must set the tenant before it can look the invitee up. Only the secret's hash is stored.
/// </summary>
public sealed class SurveyTokens(IDataProtectionProvider provider) : IUseCase
{
    private readonly IDataProtector protector = provider.CreateProtector("ImplementAll.Surveys.v1");

    public (string Token, string SecretHash) Create(Guid tenantId, Guid inviteeId)
    {
        var secret = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (protector.Protect($"{tenantId:N}.{inviteeId:N}.{secret}"), Hash(secret));
    }

    public SurveyLink? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > InvitationTokens.MaxLength)
        {
            return null;
        }

        string payload;
        try
        {
            payload = protector.Unprotect(token.Trim());
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return null;
        }

        var parts = payload.Split('.', 3);
        return parts.Length == 3 && Guid.TryParseExact(parts[0], "N", out var tenantId) && Guid.TryParseExact(parts[1], "N", out var inviteeId)
            ? new SurveyLink(tenantId, inviteeId, Hash(parts[2]))
            : null;
    }

    public static bool SameHash(string a, string b) => InvitationTokens.SameHash(a, b);

    private static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
