using System.ComponentModel.DataAnnotations;
using ImplementAll.Platform.Core.Organisations;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Core.Workspaces;

namespace ImplementAll.Platform.Web.Features.Tailoring.Partners;

public sealed class PartnerInvitationInput
{
    [Required(ErrorMessage = "Enter the partner organisation's short name, as in its address /t/short-name.")]
    [StringLength(TenantLimits.SlugLength, ErrorMessage = "A short name is at most 48 characters.")]
    public string? OrganisationSlug { get; set; }

    [StringLength(ProjectLimits.ShortTextLength, ErrorMessage = "The message can be at most 1,000 characters.")]
    public string? Message { get; set; }
}

/// <summary>A partner organisation of a project, as its lead sees it.</summary>
public sealed record ProjectPartnerView(
    Guid Id, Guid OrganisationId, string Organisation, string OrganisationSlug, PartnershipState State, string Message,
    DateTime InvitedAt, DateTime? RespondedAt, DateTime? EndedAt);

/// <summary>A project another organisation leads, as the invited or taking-part organisation sees it.</summary>
public sealed record PartnershipView(
    Guid Id, Guid ProjectId, string ProjectTitle, string LeadOrganisation, PartnershipState State, string Message,
    DateTime InvitedAt, DateTime? RespondedAt);
