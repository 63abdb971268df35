using System.Net.Http.Json;
using System.Text.Json;
using Azure.Core;
using Microsoft.AspNetCore.WebUtilities;

namespace ImplementAll.Platform.Infrastructure.DataProtection;

/// <summary>
/// Wraps and unwraps small keys with a Key Vault RSA key through the vault's REST operations (wrapkey/unwrapkey,
/// RSA-OAEP-256). The key never leaves the vault; the Key Vault SDK package is not needed for two calls.
/// </summary>
public sealed class KeyVaultKeyWrapper(HttpClient http, TokenCredential credential, Uri keyUri)
{
    public const string ApiVersion = "7.4";
    public const string Algorithm = "RSA-OAEP-256";
    private static readonly TokenRequestContext Scope = new(["https://vault.azure.net/.default"]);

    /// <summary>Returns the full key id (with version) that wrapped the key, so it can still be unwrapped after a rotation.</summary>
    public async Task<(string KeyId, byte[] Wrapped)> WrapAsync(byte[] key, CancellationToken cancellationToken)
    {
        var result = await PostAsync($"{keyUri.AbsoluteUri.TrimEnd('/')}/wrapkey", key, cancellationToken);
        return (result.GetProperty("kid").GetString()!, WebEncoders.Base64UrlDecode(result.GetProperty("value").GetString()!));
    }

    public async Task<byte[]> UnwrapAsync(string keyId, byte[] wrapped, CancellationToken cancellationToken)
    {
        // Only keys of the configured vault are trusted: a tampered key ring must not send us to another host.
        if (!Uri.TryCreate(keyId, UriKind.Absolute, out var kid) || kid.Host != keyUri.Host || kid.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException($"The key ring names a key outside the configured vault: {keyId}");
        }

        var result = await PostAsync($"{kid.AbsoluteUri.TrimEnd('/')}/unwrapkey", wrapped, cancellationToken);
        return WebEncoders.Base64UrlDecode(result.GetProperty("value").GetString()!);
    }

    private async Task<JsonElement> PostAsync(string url, byte[] value, CancellationToken cancellationToken)
    {
        var token = await credential.GetTokenAsync(Scope, cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{url}?api-version={ApiVersion}")
        {
            Content = JsonContent.Create(new { alg = Algorithm, value = WebEncoders.Base64UrlEncode(value) }),
        };
        request.Headers.Authorization = new("Bearer", token.Token);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Key Vault answered {(int)response.StatusCode} for {request.RequestUri!.AbsolutePath}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }
}
