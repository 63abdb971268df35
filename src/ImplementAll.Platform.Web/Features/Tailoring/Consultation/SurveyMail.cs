using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Mail;
using ImplementAll.Platform.Web.Features.Shared;
using ImplementAll.Platform.Web.Platform.Hosting;

namespace ImplementAll.Platform.Web.Features.Tailoring.Consultation;

/// <summary>
/// Mails an invitee their personal survey link. Each mail carries a fresh secret (only its hash is kept), so the newest
/// link is the one that works; the caller saves the change and then calls <see cref="Mailbox.SendQueued"/>.
/// </summary>
public sealed class SurveyMail(SurveyTokens tokens, Links links, Mailbox mailbox) : IUseCase
{
    public string Link(SurveyInvitee invitee)
    {
        var (token, hash) = tokens.Create(invitee.TenantId, invitee.Id);
        invitee.SecretHash = hash;
        return links.Absolute($"/survey/{Uri.EscapeDataString(token)}");
    }

    public void Invite(TailoringProject project, Survey survey, SurveyInvitee invitee, DateTime now)
    {
        invitee.TenantId = survey.TenantId;
        var link = Link(invitee);
        invitee.InvitedAt = now;
        var closes = survey.ClosesAt is { } at ? $" until {at:yyyy-MM-dd HH:mm} UTC" : "";
        var message = survey.Message.Length > 0 ? survey.Message + "\n\n" : "";
        mailbox.Queue(invitee.Email, $"{survey.Title} — {project.Title}",
            $"""
            Hello {invitee.Name},

            The team of "{project.Title}" ({project.Setting}) asks for your view.

            {message}Answer here (no account needed; the link is personal and works{closes}):
            {link}

            If you did not expect this, you can ignore this message.
            """);
    }
}
