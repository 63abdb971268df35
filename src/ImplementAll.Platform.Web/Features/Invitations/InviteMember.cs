using System.ComponentModel.DataAnnotations;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Invitations;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Features.Mail;
using ImplementAll.Platform.Web.Features.Members;
using ImplementAll.Platform.Web.Features.Shared;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Identity;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Invitations;

public sealed class InviteMemberRequest
{
    [Required(ErrorMessage = "Enter the email address to invite.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address, like name@example.org.")]
    [StringLength(PeopleLimits.EmailLength, ErrorMessage = "The email address can be at most 254 characters.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose a role.")]
    [EnumDataType(typeof(TenantRole), ErrorMessage = "Choose Owner, Admin, Editor or Member.")]
    [Display(Name = "Role")]
    public TenantRole? Role { get; set; } = TenantRole.Member;
}

/// <summary>Invites someone by email. Inviting the same address again withdraws the earlier link and sends a fresh one.</summary>
public sealed class InviteMember(
    PlatformDbContext db, CurrentUser user, CurrentMembership actor, InvitationTokens tokens, Links links, Mailbox mailbox, AuditTrail audit, TimeProvider clock)
    : IUseCase
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(7);

    public async Task<Outcome<InvitationView>> HandleAsync(InviteMemberRequest request, CancellationToken cancellationToken)
    {
        request.Email = request.Email.Trim();
        if (Failure.Validate(request) is { } invalid)
        {
            return invalid;
        }

        var role = request.Role!.Value;
        if (MembershipRules.MayManage(actor.Role, TenantRole.Member, role) is { } forbidden)
        {
            return forbidden;
        }

        var email = request.Email.ToLowerInvariant();
        if (await db.Memberships.AnyAsync(m => m.User.Email.ToLower() == email, cancellationToken))
        {
            return new Failure(FailureKind.Conflict, "Already a member", $"{request.Email} is already a member of this organisation.",
                new Dictionary<string, string[]> { [nameof(InviteMemberRequest.Email)] = ["This person is already a member."] });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var earlier = await db.Invitations.Where(i => i.Email == email && i.AcceptedAt == null && i.RevokedAt == null).ToListAsync(cancellationToken);
        earlier.ForEach(i => i.RevokedAt = now);

        var invitation = new Invitation
        {
            Email = email, Role = role, SecretHash = "", InvitedByUserId = user.RequiredId, CreatedAt = now, ExpiresAt = now + ValidFor,
        };
        var (token, hash) = tokens.Create(invitation.Id);
        invitation.SecretHash = hash;
        db.Invitations.Add(invitation);

        var link = links.Absolute($"/invitations/accept?token={Uri.EscapeDataString(token)}");
        mailbox.Queue(email, $"You are invited to join {actor.TenantName} on ImplementAll",
            $"""
            Hello,

            {user.DisplayName} invites you to join {actor.TenantName} on the ImplementAll Platform as {role}.

            Accept the invitation here (the link works once, until {invitation.ExpiresAt:yyyy-MM-dd HH:mm} UTC):
            {link}

            If you did not expect this, you can ignore this message.
            """);
        audit.Record("invitation.sent", email, $"as {role}");
        await db.SaveChangesAsync(cancellationToken);
        mailbox.SendQueued();
        return InvitationView.From(invitation, now);
    }
}
