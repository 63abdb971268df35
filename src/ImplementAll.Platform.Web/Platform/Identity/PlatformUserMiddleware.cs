using System.Security.Claims;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Platform.Identity;

/// <summary>
/// Maps the signed-in external identity to a platform user. People from an Entra directory linked to a tenant join it
/// as members on first sign-in; anyone else stays unregistered and can only request access or register an organisation.
/// </summary>
public sealed class PlatformUserMiddleware(RequestDelegate next)
{
    public const string PlatformRoleClaimPrefix = "platform:";

    public async Task InvokeAsync(HttpContext context, CurrentUser currentUser, PlatformSetup setup, IServiceScopeFactory scopes)
    {
        var identity = ExternalIdentities.Read(context.User, setup.Identity);
        if (identity is not null)
        {
            // Resolved only for signed-in requests: anonymous ones (public search among them) need no unit of work.
            var db = context.RequestServices.GetRequiredService<PlatformDbContext>();
            var user = await db.Users.SingleOrDefaultAsync(u => u.Issuer == identity.Issuer && u.Subject == identity.Subject, context.RequestAborted)
                ?? await AutoJoinAsync(scopes, identity, context.RequestAborted);
            currentUser.SignedIn(identity, user);
            if (user is not null)
            {
                context.User.AddIdentity(new ClaimsIdentity(
                    Enum.GetValues<PlatformRoles>().Where(r => r != PlatformRoles.None && user.Has(r))
                        .Select(r => new Claim(ClaimTypes.Role, PlatformRoleClaimPrefix + r)),
                    "platform"));
            }
        }

        await next(context);
    }

    // Runs in its own scope: joining writes to the linked tenant, which need not be the tenant this request is for.
    private static async Task<User?> AutoJoinAsync(IServiceScopeFactory scopes, ExternalIdentity identity, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        if (identity.EntraTenantId is not { } directory)
        {
            return null;
        }

        var tenant = await db.Tenants.FirstOrDefaultAsync(t => t.EntraTenantId == directory, cancellationToken);
        if (tenant is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var user = new User
        {
            Issuer = identity.Issuer,
            Subject = identity.Subject,
            DisplayName = string.IsNullOrWhiteSpace(identity.DisplayName) ? identity.Email : identity.DisplayName,
            Email = identity.Email,
            CreatedAt = now,
        };
        db.Users.Add(user);
        db.Tenant.Set(tenant.Id);
        db.Memberships.Add(new Membership { User = user, Role = TenantRole.Member, JoinedAt = now });
        db.AuditEntries.Add(new Core.Audit.AuditEntry
        {
            ActorUserId = user.Id, ActorName = user.DisplayName, Action = "member.auto-joined", Target = user.Email, At = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }
}
