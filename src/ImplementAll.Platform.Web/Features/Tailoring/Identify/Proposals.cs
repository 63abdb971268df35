using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Features.Tailoring.Consultation;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Identify;

/// <summary>
/// Barriers stakeholders proposed in consultations. The team adopts one as a candidate of the current cycle (origin
/// Stakeholder, with the proposal's words) or leaves it; a proposal is adopted once.
/// </summary>
public sealed class Proposals(PlatformDbContext db, ProjectAccess access, Barriers barriers, AuditTrail audit) : IUseCase
{
    public async Task<Outcome<IReadOnlyList<ProposalView>>> ListAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var opened = await access.ReadAsync(projectId, cancellationToken);
        return opened.Failure is { } refused ? refused : Outcome<IReadOnlyList<ProposalView>>.Success(await ViewsAsync(projectId, cancellationToken));
    }

    public async Task<IReadOnlyList<ProposalView>> ViewsAsync(Guid projectId, CancellationToken cancellationToken) =>
        await OfProject(projectId).OrderBy(p => p.AdoptedAsBarrierId != null).ThenBy(p => p.Title)
            .Select(p => new ProposalView(p.Id, p.SurveyId, p.Title, p.Description, p.AdoptedAsBarrierId))
            .ToListAsync(cancellationToken);

    public async Task<Outcome<Guid>> AdoptAsync(Guid projectId, Guid proposalId, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(projectId, ProjectRole.TeamMember, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        var proposal = await OfProject(projectId).SingleOrDefaultAsync(p => p.Id == proposalId, cancellationToken);
        if (proposal is null)
        {
            return Failure.NotFound("The proposed barrier");
        }

        if (proposal.AdoptedAsBarrierId is not null)
        {
            return Failure.Conflict("Already adopted", "This proposal is already a candidate barrier.");
        }

        var project = opened.Value!.Project;
        var barrier = barriers.Create(project, new BarrierInput { Title = proposal.Title, Description = proposal.Description }, BarrierOrigin.Stakeholder);
        db.Barriers.Add(barrier);
        proposal.AdoptedAsBarrierId = barrier.Id;
        audit.Record("project.proposal-adopted", project.Title, barrier.Title);
        await db.SaveChangesAsync(cancellationToken);
        return barrier.Id;
    }

    private IQueryable<ProposedBarrier> OfProject(Guid projectId) =>
        db.ProposedBarriers.Where(p => db.Surveys.Any(s => s.Id == p.SurveyId && s.ProjectId == projectId));
}
