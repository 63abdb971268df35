using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ImplementAll.Platform.IntegrationTests.Support;

/// <summary>Entra-shaped access tokens signed with a local test key, as the recipe for Microsoft.Identity.Web test hosts describes.</summary>
public static class TestTokens
{
    public const string Audience = "api://implementall-test";
    public static readonly SymmetricSecurityKey Key = new(Encoding.UTF8.GetBytes("implementall-integration-tests-signing-key-0123456789"));
    public static readonly SymmetricSecurityKey WrongKey = new(Encoding.UTF8.GetBytes("someone-else-signing-key-0123456789-abcdefghijklmnop"));

    public static string For(TestPerson person, SymmetricSecurityKey? key = null, bool withScope = true, string? issuer = null)
    {
        var claims = new List<Claim>
        {
            new("tid", person.DirectoryId.ToString()),
            new("oid", person.ObjectId),
            new("name", person.Name),
            new("email", person.Email),
        };
        if (withScope)
        {
            claims.Add(new Claim("scp", "access_as_user"));
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? $"https://login.microsoftonline.com/{person.DirectoryId}/v2.0",
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(key ?? Key, SecurityAlgorithms.HmacSha256),
        });
    }
}

public sealed record TestPerson(Guid DirectoryId, string ObjectId, string Name, string Email)
{
    public static TestPerson New(string name, Guid? directory = null) =>
        new(directory ?? Guid.NewGuid(), Guid.NewGuid().ToString(), name, $"{name.ToLowerInvariant().Replace(' ', '.')}.{Guid.NewGuid():N}@test.example");
}
