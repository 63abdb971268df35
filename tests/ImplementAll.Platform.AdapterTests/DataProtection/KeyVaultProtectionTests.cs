using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Xml.Linq;
using Azure.Core;
using ImplementAll.Platform.Infrastructure.DataProtection;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace ImplementAll.Platform.AdapterTests;

/// <summary>
/// The Key Vault wrapping is tested through its request/response contract: a fake vault answers wrapkey/unwrapkey as the
/// REST API documents, with a real RSA key, and checks each request's path, api-version, algorithm and bearer token.
/// </summary>
public sealed class KeyVaultProtectionTests
{
    private static readonly Uri KeyUri = new("https://platform-kv.vault.azure.net/keys/dataprotection");

    [Fact]
    public void Keys_in_the_ring_are_wrapped_by_the_vault_and_still_unprotect()
    {
        var vault = new FakeKeyVault();
        var repository = new MemoryXmlRepository();
        var protector = Provider(vault, repository).CreateProtector("test");

        var secret = protector.Protect("invitation secret");

        var stored = string.Concat(repository.GetAllElements().Select(e => e.ToString()));
        Assert.DoesNotContain("<masterKey", stored);
        Assert.Contains("<encryptedKey", stored);
        Assert.Contains($"{KeyUri}/v1", stored);
        Assert.Equal(1, vault.Wraps);

        // A second instance, sharing only the ring and the vault, reads the same secret.
        var other = Provider(vault, repository).CreateProtector("test");
        Assert.Equal("invitation secret", other.Unprotect(secret));
        Assert.True(vault.Unwraps >= 1);
    }

    [Fact]
    public void Requests_follow_the_Key_Vault_contract()
    {
        var vault = new FakeKeyVault();
        Provider(vault, new MemoryXmlRepository()).CreateProtector("contract").Protect("x");

        var request = Assert.Single(vault.Requests);
        Assert.Equal("/keys/dataprotection/wrapkey", request.Path);
        Assert.Equal("api-version=7.4", request.Query);
        Assert.Equal("RSA-OAEP-256", request.Algorithm);
        Assert.Equal("Bearer test-token", request.Authorization);
    }

    [Fact]
    public async Task A_key_ring_naming_another_vault_is_refused()
    {
        var wrapper = new KeyVaultKeyWrapper(new HttpClient(new FakeKeyVault()), new FakeCredential(), KeyUri);
        await Assert.ThrowsAsync<InvalidOperationException>(() => wrapper.UnwrapAsync("https://evil.example/keys/x/v1", [1, 2, 3], CancellationToken.None));
    }

    [Fact]
    public async Task A_vault_error_is_reported_with_its_status()
    {
        var wrapper = new KeyVaultKeyWrapper(new HttpClient(new FakeKeyVault { Fail = true }), new FakeCredential(), KeyUri);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => wrapper.WrapAsync([1, 2, 3], CancellationToken.None));
        Assert.Contains("403", error.Message);
    }

    private static IDataProtectionProvider Provider(FakeKeyVault vault, IXmlRepository repository)
    {
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName("implementall-platform").ProtectKeysWithKeyVault(KeyUri, new FakeCredential(), vault);
        services.Configure<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>(o => o.XmlRepository = repository);
        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>();
    }

    private sealed class FakeCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => new("test-token", DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }

    private sealed record SeenRequest(string Path, string Query, string Algorithm, string Authorization);

    private sealed class FakeKeyVault : HttpMessageHandler
    {
        private readonly RSA rsa = RSA.Create(2048);

        public bool Fail { get; init; }
        public ConcurrentQueue<SeenRequest> Requests { get; } = new();
        public int Wraps => Requests.Count(r => r.Path.EndsWith("/wrapkey"));
        public int Unwraps => Requests.Count(r => r.Path.EndsWith("/unwrapkey"));

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = await request.Content!.ReadFromJsonAsync<JsonElement>(cancellationToken);
            var path = request.RequestUri!.AbsolutePath;
            Requests.Enqueue(new SeenRequest(path, request.RequestUri.Query.TrimStart('?'), body.GetProperty("alg").GetString()!, request.Headers.Authorization!.ToString()));
            if (Fail)
            {
                return new HttpResponseMessage(HttpStatusCode.Forbidden) { Content = JsonContent.Create(new { error = new { code = "Forbidden" } }) };
            }

            var value = WebEncoders.Base64UrlDecode(body.GetProperty("value").GetString()!);
            var result = path.EndsWith("/wrapkey")
                ? rsa.Encrypt(value, RSAEncryptionPadding.OaepSHA256)
                : rsa.Decrypt(value, RSAEncryptionPadding.OaepSHA256);
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = JsonContent.Create(new { kid = $"{KeyUri}/v1", value = WebEncoders.Base64UrlEncode(result) }),
            };
        }
    }

    private sealed class MemoryXmlRepository : IXmlRepository
    {
        private readonly ConcurrentQueue<XElement> elements = new();

        public IReadOnlyCollection<XElement> GetAllElements() => elements.ToList();

        public void StoreElement(XElement element, string friendlyName) => elements.Enqueue(element);
    }
}
