using ImplementAll.Platform.Core.People;

namespace ImplementAll.Platform.Web.Platform.Identity;

/// <summary>The person behind this request, as the platform knows them. Filled once per request by <see cref="PlatformUserMiddleware"/>.</summary>
public sealed class CurrentUser
{
    public bool IsAuthenticated { get; private set; }
    public User? User { get; private set; }
    /// <summary>The external identity of a signed-in person the platform does not (yet) know.</summary>
    public ExternalIdentity? Identity { get; private set; }

    public bool IsRegistered => User is not null;
    public Guid RequiredId => User?.Id ?? throw new InvalidOperationException("No registered user in this request.");
    public string DisplayName => User?.DisplayName ?? Identity?.DisplayName ?? "system";

    public bool Has(PlatformRoles role) => User?.Has(role) == true;

    public void SignedIn(ExternalIdentity identity, User? user)
    {
        IsAuthenticated = true;
        Identity = identity;
        User = user;
    }
}

public sealed record ExternalIdentity(string Issuer, string Subject, string DisplayName, string Email, Guid? EntraTenantId);
