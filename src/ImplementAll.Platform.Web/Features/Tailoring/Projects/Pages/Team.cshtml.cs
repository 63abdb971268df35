using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Tailoring.Partners;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace ImplementAll.Platform.Web.Features.Tailoring.Projects.Pages;

/// <summary>
/// The team and, for the lead organisation's leads, the partner organisations: who takes part for whom and in which
/// role. A failure about one person or partner is shown beside that row.
/// </summary>
public sealed class ProjectTeamModel(
    CurrentMembership membership, ProjectReader reader, ProjectAccess access, ProjectTeam team, ProjectPartners partners) : ProjectPage(membership, reader)
{
    public IReadOnlyList<TeamMemberView> Team { get; private set; } = [];
    public IReadOnlyList<TeamCandidate> Candidates { get; private set; } = [];
    public IReadOnlyList<ProjectPartnerView> Partners { get; private set; } = [];
    public bool CanManageTeam => Can(ProjectRole.Lead);
    /// <summary>Partners are the lead organisation's to choose; a partner's person who leads in the team works inside it.</summary>
    public bool CanManagePartners => CanManageTeam && !Project.AsPartner;

    [BindProperty]
    public TeamMemberInput Input { get; set; } = new();

    [BindProperty]
    public PartnerInvitationInput Partner { get; set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(() => LoadAsync(cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken) =>
        await AfterAsync((await team.AddAsync(ProjectId, Input, cancellationToken)).Failure, "The person joined the team.", "/team", () => LoadAsync(cancellationToken));

    public async Task<IActionResult> OnPostChangeRoleAsync(Guid projectMemberId, ProjectRole? role, CancellationToken cancellationToken) =>
        await AfterAsync(Beside(projectMemberId, (await team.ChangeRoleAsync(ProjectId, projectMemberId, role, cancellationToken)).Failure),
            "The project role was changed.", "/team", () => LoadAsync(cancellationToken), "Member");

    public async Task<IActionResult> OnPostRemoveAsync(Guid projectMemberId, CancellationToken cancellationToken) =>
        await AfterAsync(Beside(projectMemberId, (await team.RemoveAsync(ProjectId, projectMemberId, cancellationToken)).Failure),
            "The person left the team.", "/team", () => LoadAsync(cancellationToken), "Member");

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken) =>
        await AfterAsync((await partners.InviteAsync(ProjectId, Partner, cancellationToken)).Failure,
            "The organisation was invited; its admins have been mailed.", "/team", () => LoadAsync(cancellationToken), "Partner");

    public async Task<IActionResult> OnPostRevokeAsync(Guid partnershipId, CancellationToken cancellationToken) =>
        await AfterAsync(Beside(partnershipId, (await partners.RevokeAsync(ProjectId, partnershipId, cancellationToken)).Failure),
            "The partnership was revoked and the partner's people left the team.", "/team", () => LoadAsync(cancellationToken), "Partnership");

    /// <summary>Puts a failure about one row beside that row (keyed by its id), unless the row itself is gone.</summary>
    private static Failure? Beside(Guid rowId, Failure? failure) =>
        failure is null || failure.Kind == FailureKind.NotFound
            ? failure
            : failure with { Errors = new Dictionary<string, string[]> { [rowId.ToString()] = [failure.Errors?.Values.SelectMany(m => m).FirstOrDefault() ?? failure.Detail] } };

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Team = await team.MembersAsync(ProjectId, cancellationToken);
        if (CanManageTeam && (await access.ReadAsync(ProjectId, cancellationToken)).Value is { } opened)
        {
            Candidates = await team.CandidatesAsync(opened.Project, cancellationToken);
        }

        Partners = CanManagePartners ? await partners.PartnersAsync(ProjectId, cancellationToken) : [];
    }
}
