using System.Security.Claims;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.Identity.Web;

namespace ImplementAll.Platform.Web.Platform.Identity;

/// <summary>Reads who signed in from the claims of either face, so the rest of the platform sees one shape.</summary>
public static class ExternalIdentities
{
    public const string LocalIssuer = "local";

    public static ExternalIdentity? Read(ClaimsPrincipal principal, IdentityProvider provider)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var name = principal.FindFirstValue("name") ?? principal.FindFirstValue(ClaimTypes.Name) ?? "";
        var email = principal.FindFirstValue("email") ?? principal.FindFirstValue(ClaimTypes.Email)
            ?? principal.FindFirstValue("preferred_username") ?? "";

        if (provider == IdentityProvider.Local)
        {
            var subject = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? principal.FindFirstValue("sub");
            return subject is null ? null : new ExternalIdentity(LocalIssuer, subject, name, email, null);
        }

        // Multi-tenant Entra accepts any directory's users; the platform keys them by directory and object id
        // and only then decides, from its own records, whether they may see anything.
        var objectId = principal.GetObjectId();
        if (!Guid.TryParse(principal.GetTenantId(), out var tenantId) || string.IsNullOrEmpty(objectId))
        {
            return null;
        }

        return new ExternalIdentity(EntraIssuer(tenantId), objectId, name, email, tenantId);
    }

    public static string EntraIssuer(Guid directoryId) => $"https://login.microsoftonline.com/{directoryId}/v2.0";
}
