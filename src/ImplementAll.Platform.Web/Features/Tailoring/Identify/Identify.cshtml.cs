using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Tailoring.Consultation;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Features.Tailoring.Projects.Pages;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace ImplementAll.Platform.Web.Features.Tailoring.Identify;

/// <summary>Module 1: goals, candidate barriers with their consultation results, the three priorities and stakeholders' proposals.</summary>
public sealed class IdentifyModel(
    CurrentMembership membership, ProjectReader reader, ProjectTeam team, Goals goals, Barriers barriers, Prioritisation priorities, Proposals proposals,
    SurveyResults results, BarrierLenses lenses, Principles principles) : ProjectPage(membership, reader)
{
    public IReadOnlyList<GoalView> GoalList { get; private set; } = [];
    public IReadOnlyList<BarrierView> BarrierList { get; private set; } = [];
    public IReadOnlyList<ProposalView> ProposalList { get; private set; } = [];
    public IReadOnlyList<TeamMemberView> Team { get; private set; } = [];
    public SurveyResultsView? Consultation { get; private set; }
    public BarrierLenses Lenses => lenses;
    public IReadOnlyList<Principle> Guidance => principles.For("Identify");

    [BindProperty]
    public GoalInput Goal { get; set; } = new();

    [BindProperty]
    public BarrierInput Barrier { get; set; } = new();

    /// <summary>The consultation's results for one barrier, matched by the barrier the survey item was copied from.</summary>
    public ItemResult? ResultFor(Guid barrierId) => Consultation?.Items.FirstOrDefault(i => i.SubjectId == barrierId);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(() => LoadAsync(cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostAddGoalAsync(CancellationToken cancellationToken) =>
        await AfterAsync((await goals.AddAsync(ProjectId, Goal, cancellationToken)).Failure, "The goal was added.", "/identify", () => LoadAsync(cancellationToken), "Goal");

    public async Task<IActionResult> OnPostRemoveGoalAsync(Guid goalId, CancellationToken cancellationToken) =>
        await AfterAsync((await goals.DeleteAsync(ProjectId, goalId, cancellationToken)).Failure, "The goal was removed.", "/identify", () => LoadAsync(cancellationToken), "Goal");

    public async Task<IActionResult> OnPostAddBarrierAsync(CancellationToken cancellationToken) =>
        await AfterAsync((await barriers.AddAsync(ProjectId, Barrier, cancellationToken)).Failure, "The barrier was added.", "/identify", () => LoadAsync(cancellationToken), "Barrier");

    public async Task<IActionResult> OnPostRemoveBarrierAsync(Guid barrierId, CancellationToken cancellationToken) =>
        await AfterAsync((await barriers.DeleteAsync(ProjectId, barrierId, cancellationToken)).Failure, "The barrier was removed.", "/identify", () => LoadAsync(cancellationToken), "");

    public async Task<IActionResult> OnPostPrioritiseAsync(Guid barrierId, int? priority, CancellationToken cancellationToken) =>
        await AfterAsync((await priorities.SetAsync(ProjectId, barrierId, priority, cancellationToken)).Failure, "The priorities were updated.", "/identify", () => LoadAsync(cancellationToken), "");

    public async Task<IActionResult> OnPostUnprioritiseAsync(Guid barrierId, CancellationToken cancellationToken) =>
        await AfterAsync((await priorities.RemoveAsync(ProjectId, barrierId, cancellationToken)).Failure, "The barrier is a candidate again.", "/identify", () => LoadAsync(cancellationToken), "");

    public async Task<IActionResult> OnPostAdoptAsync(Guid proposalId, CancellationToken cancellationToken) =>
        await AfterAsync((await proposals.AdoptAsync(ProjectId, proposalId, cancellationToken)).Failure, "The proposal is now a candidate barrier.", "/identify", () => LoadAsync(cancellationToken), "");

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var cycle = Project.CurrentCycle;
        GoalList = await goals.ViewsAsync(ProjectId, cycle, cancellationToken);
        BarrierList = await barriers.ViewsAsync(ProjectId, cycle, cancellationToken);
        ProposalList = await proposals.ViewsAsync(ProjectId, cancellationToken);
        Team = await team.MembersAsync(ProjectId, cancellationToken);
        Consultation = await results.LatestAsync(ProjectId, SurveyKind.BarrierConsultation, cycle, cancellationToken);
    }
}
