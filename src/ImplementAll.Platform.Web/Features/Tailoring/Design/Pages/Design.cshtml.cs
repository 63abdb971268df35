using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Reference;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Features.Tailoring.Projects.Pages;
using ImplementAll.Platform.Web.Platform.Identity;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace ImplementAll.Platform.Web.Features.Tailoring.Design.Pages;

/// <summary>
/// Module 3: the plan of actions grouped by the strategies they carry out, its timeline, and the success indicators.
/// Team members plan actions, an action's owner or a facilitator changes it, facilitators define indicators; observers read.
/// </summary>
public sealed class DesignModel(
    CurrentMembership membership, CurrentUser user, ProjectReader reader, PlanReader plans, ProjectTeam team, PlanActions actions,
    SuccessIndicators indicators, ReferenceCatalogue catalogue, Principles principles) : ProjectPage(membership, reader)
{
    public PlanDocument Plan { get; private set; } = null!;
    public IReadOnlyList<TeamMemberView> Team { get; private set; } = [];
    public OutcomeList Outcomes { get; } = ProctorOutcomes.Of(catalogue);
    public IReadOnlyList<Principle> Guidance => principles.For("Design");
    // The middleware has admitted the caller to their organisation before the page is made; the API route names it too.
    private readonly Guid tenantId = membership.TenantId;

    public string DocxPath => $"/api/v1/tenants/{tenantId}/projects/{ProjectId}/plan.docx";

    /// <summary>The action or indicator whose form is open for a change; none when the forms add new ones.</summary>
    public Guid? EditingActionId { get; private set; }
    public Guid? EditingIndicatorId { get; private set; }

    [BindProperty]
    public ActionInput Input { get; set; } = new();

    [BindProperty]
    public IndicatorInput Indicator { get; set; } = new();

    public bool CanEdit(PlanActionView action) => Can(ProjectRole.Facilitator) || (Can(ProjectRole.TeamMember) && action.OwnerUserId == user.RequiredId);

    public async Task<IActionResult> OnGetAsync(Guid? editAction, Guid? editIndicator, CancellationToken cancellationToken)
    {
        if (!await LoadProjectAsync(cancellationToken))
        {
            return NotFound();
        }

        await LoadAsync(cancellationToken);
        if (Plan.Actions.FirstOrDefault(a => a.Id == editAction) is { } action && CanEdit(action))
        {
            EditingActionId = action.Id;
            Input = new ActionInput
            {
                What = action.What, OwnerUserId = action.OwnerUserId, StartsOn = action.StartsOn, DueOn = action.DueOn,
                Resources = action.Resources, Stakeholders = action.Stakeholders, StrategyId = action.StrategyId,
            };
        }
        else
        {
            Input = new ActionInput { OwnerUserId = user.RequiredId, StartsOn = Max(Plan.Today, Project.StartsOn) };
        }

        if (Plan.Indicators.FirstOrDefault(i => i.Id == editIndicator && i.Cycle == Project.CurrentCycle) is { } indicator && Can(ProjectRole.Facilitator))
        {
            EditingIndicatorId = indicator.Id;
            Indicator = new IndicatorInput
            {
                OutcomeId = indicator.OutcomeId, Name = indicator.Name, Unit = indicator.Unit, Baseline = indicator.Baseline,
                Target = indicator.Target, OwnerUserId = indicator.OwnerUserId,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveActionAsync(Guid? actionId, CancellationToken cancellationToken)
    {
        var failure = actionId is { } id
            ? (await actions.EditAsync(ProjectId, id, Input, cancellationToken)).Failure
            : (await actions.AddAsync(ProjectId, Input, cancellationToken)).Failure;
        EditingActionId = actionId;
        return await AfterAsync(failure, actionId is null ? "The action was added to the plan." : "The action was changed.", "/design", () => LoadAsync(cancellationToken));
    }

    public async Task<IActionResult> OnPostDeleteActionAsync(Guid actionId, CancellationToken cancellationToken) =>
        await AfterAsync((await actions.DeleteAsync(ProjectId, actionId, cancellationToken)).Failure, "The action was removed from the plan.", "/design",
            () => LoadAsync(cancellationToken));

    public async Task<IActionResult> OnPostSaveIndicatorAsync(Guid? indicatorId, CancellationToken cancellationToken)
    {
        var failure = indicatorId is { } id
            ? (await indicators.EditAsync(ProjectId, id, Indicator, cancellationToken)).Failure
            : (await indicators.AddAsync(ProjectId, Indicator, cancellationToken)).Failure;
        EditingIndicatorId = indicatorId;
        return await AfterAsync(failure, indicatorId is null ? "The indicator was added." : "The indicator was changed.", "/design",
            () => LoadAsync(cancellationToken), prefix: nameof(Indicator));
    }

    public async Task<IActionResult> OnPostDeleteIndicatorAsync(Guid indicatorId, CancellationToken cancellationToken) =>
        await AfterAsync((await indicators.DeleteAsync(ProjectId, indicatorId, cancellationToken)).Failure, "The indicator was removed.", "/design",
            () => LoadAsync(cancellationToken), prefix: nameof(Indicator));

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Plan = await plans.ComposeAsync(Project, cancellationToken);
        Team = await team.MembersAsync(ProjectId, cancellationToken);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
