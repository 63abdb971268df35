using System.ComponentModel.DataAnnotations;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Invitations;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Invitations;

public sealed class AcceptInvitationRequest
{
    [Required(ErrorMessage = "The invitation link has no token.")]
    [StringLength(InvitationTokens.MaxLength, ErrorMessage = "The invitation link is not valid.")]
    public string Token { get; set; } = "";
}

public sealed record AcceptedInvitation(Guid TenantId, string TenantSlug, string TenantName, TenantRole Role);

public sealed record InvitationPreview(Guid InvitationId, string TenantName, string Email, TenantRole Role, DateTime ExpiresAt);

/// <summary>
/// Accepting an invitation is the one write that starts outside any tenant: the tenant is taken from the signed token's
/// invitation, looked up across tenants by its id, and only then set for the save.
/// </summary>
public sealed class AcceptInvitation(PlatformDbContext db, InvitationTokens tokens, CurrentUser user, AuditTrail audit, TimeProvider clock) : IUseCase
{
    public async Task<Outcome<InvitationPreview>> PreviewAsync(string? token, CancellationToken cancellationToken)
    {
        var found = await FindAsync(token, cancellationToken);
        if (found.Failure is { } failure)
        {
            return failure;
        }

        var (invitation, tenantName) = found.Value;
        return new InvitationPreview(invitation.Id, tenantName, invitation.Email, invitation.Role, invitation.ExpiresAt);
    }

    public async Task<Outcome<AcceptedInvitation>> HandleAsync(AcceptInvitationRequest request, CancellationToken cancellationToken)
    {
        if (Failure.Validate(request) is { } invalid)
        {
            return invalid;
        }

        if (user.Identity is not { } identity)
        {
            return Failure.Forbidden("Sign in to accept the invitation.");
        }

        var found = await FindAsync(request.Token, cancellationToken);
        if (found.Failure is { } failure)
        {
            return failure;
        }

        var (invitation, _) = found.Value;
        if (!string.Equals(invitation.Email, identity.Email, StringComparison.OrdinalIgnoreCase))
        {
            return Failure.Forbidden($"This invitation was sent to {invitation.Email}. Sign in with that address to accept it.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var person = user.User ?? db.Users.Add(new User
        {
            Issuer = identity.Issuer, Subject = identity.Subject, DisplayName = identity.DisplayName, Email = identity.Email, CreatedAt = now,
        }).Entity;

        db.Tenant.Set(invitation.TenantId);
        if (await db.Memberships.AnyAsync(m => m.UserId == person.Id, cancellationToken))
        {
            return Failure.Conflict("Already a member", "You are already a member of this organisation.");
        }

        invitation.AcceptedAt = now;
        invitation.AcceptedByUserId = person.Id;
        db.Memberships.Add(new Membership { UserId = person.Id, Role = invitation.Role, JoinedAt = now });
        audit.Record(person.Id, person.DisplayName, "invitation.accepted", invitation.Email, $"joined as {invitation.Role}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A second accept raced this one; the unique membership index kept the data consistent.
            return Reused();
        }

        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == invitation.TenantId, cancellationToken);
        return new AcceptedInvitation(tenant.Id, tenant.Slug, tenant.Name, invitation.Role);
    }

    private async Task<Outcome<(Invitation Invitation, string TenantName)>> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (tokens.Read(token) is not { } read)
        {
            return Failure.Invalid("Invalid invitation link", "This invitation link is not valid. It may have been copied incompletely or altered.");
        }

        var invitation = await db.Invitations.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .SingleOrDefaultAsync(i => i.Id == read.InvitationId, cancellationToken);
        if (invitation is null)
        {
            return Failure.NotFound("The invitation");
        }

        if (!InvitationTokens.SameHash(invitation.SecretHash, read.SecretHash))
        {
            return Failure.Invalid("Invalid invitation link", "This invitation link is not valid. It may have been altered.");
        }

        switch (invitation.StateAt(clock.GetUtcNow().UtcDateTime))
        {
            case InvitationState.Accepted:
                return Reused();
            case InvitationState.Revoked:
                return Failure.Conflict("Invitation withdrawn", "This invitation was withdrawn. Ask the organisation for a new one.");
            case InvitationState.Expired:
                return Failure.Invalid("Invitation expired", "This invitation has expired. Ask the organisation to send a new one.");
        }

        var tenantName = await db.Tenants.Where(t => t.Id == invitation.TenantId).Select(t => t.Name).SingleAsync(cancellationToken);
        return (invitation, tenantName);
    }

    private static Failure Reused() => Failure.Conflict("Invitation already used", "This invitation has already been accepted. Each link works once.");
}
