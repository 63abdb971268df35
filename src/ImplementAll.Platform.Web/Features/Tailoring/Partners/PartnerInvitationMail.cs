using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Organisations;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Mail;
using ImplementAll.Platform.Web.Features.Shared;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Identity;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Partners;

/// <summary>
/// Tells the invited organisation's admins, who alone may answer, with a link to their partnerships page. The mail is
/// queued in the lead's outbox: the lead sends it, and the request runs for the lead.
/// </summary>
public sealed class PartnerInvitationMail(PlatformDbContext db, CurrentUser user, CurrentMembership membership, Mailbox mailbox, Links links) : IUseCase
{
    public async Task QueueAsync(TailoringProject project, Tenant partner, string message, CancellationToken cancellationToken)
    {
        // Another organisation's members: only its admins' addresses are read, to write to them.
        var admins = await db.Memberships.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AsNoTracking()
            .Where(m => m.TenantId == partner.Id && m.Role >= TenantRole.Admin)
            .Select(m => m.User.Email).ToListAsync(cancellationToken);
        var link = links.Absolute($"/t/{partner.Slug}/partnerships");
        var note = message.Length > 0 ? $"{Environment.NewLine}Their message: {message}{Environment.NewLine}" : "";
        foreach (var email in admins)
        {
            mailbox.Queue(email, $"{membership.TenantName} invites {partner.Name} to the project {project.Title}",
                $"""
                Hello,

                {user.DisplayName} of {membership.TenantName} invites {partner.Name} to take part in the tailoring project "{project.Title}" on the ImplementAll Platform.
                {note}
                As an admin of {partner.Name} you can accept or decline the invitation here:
                {link}

                Once you accept, your organisation's members can read the project, and the lead can add them to the team.
                """);
        }
    }

    public void SendQueued() => mailbox.SendQueued();
}
