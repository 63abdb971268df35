using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Tailoring.Consultation;
using ImplementAll.Platform.Web.Features.Tailoring.Matching;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Features.Tailoring.Projects.Pages;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace ImplementAll.Platform.Web.Features.Tailoring.Match;

/// <summary>
/// Module 2: for each prioritised barrier the ranked ERIC strategies with their evidence and ItFits category, and the
/// team's list, where strategies are shortlisted for the stakeholders' rating and selected for the plan.
/// </summary>
public sealed class MatchModel(
    CurrentMembership membership, ProjectReader reader, BarrierSuggestions suggestions, TeamStrategies strategies, StrategyCategoryMap categories,
    SurveyResults surveys, Principles principles) : ProjectPage(membership, reader)
{
    [FromQuery(Name = "category")]
    public string? Category { get; set; }

    [FromQuery(Name = "all")]
    public bool All { get; set; }

    public IReadOnlyList<BarrierMatch> Barriers { get; private set; } = [];
    public ILookup<Guid, TeamStrategyView> ListOf { get; private set; } = Array.Empty<TeamStrategyView>().ToLookup(s => s.BarrierId);
    public StrategyCategoryMap Categories => categories;

    /// <summary>The stakeholders' ratings from the cycle's latest strategy rating survey, by project strategy.</summary>
    public IReadOnlyDictionary<Guid, ItemResult> Ratings { get; private set; } = new Dictionary<Guid, ItemResult>();
    public IReadOnlyList<Principle> Guidance => principles.For("Match");

    /// <summary>The strategy whose change failed, so its messages show in its own row only.</summary>
    public Guid? ChangedId { get; private set; }

    [BindProperty]
    public StrategyInput Input { get; set; } = new();

    [BindProperty]
    public StrategyChange Change { get; set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(() => LoadAsync(cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken) =>
        await AfterAsync((await strategies.AddAsync(ProjectId, Input, cancellationToken)).Failure,
            "The strategy is on the barrier's list.", "/match", () => LoadAsync(cancellationToken));

    public async Task<IActionResult> OnPostChangeAsync(Guid strategyId, CancellationToken cancellationToken)
    {
        ChangedId = strategyId;
        return await AfterAsync((await strategies.ChangeAsync(ProjectId, strategyId, Change, cancellationToken)).Failure,
            "The strategy is saved.", "/match", () => LoadAsync(cancellationToken), "Change");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid strategyId, CancellationToken cancellationToken) =>
        await AfterAsync((await strategies.RemoveAsync(ProjectId, strategyId, cancellationToken)).Failure,
            "The strategy is off the list.", "/match", () => LoadAsync(cancellationToken));

    public string CategoryName(string? categoryId) => categoryId is null ? "" : categories.FindCategory(categoryId)?.Name ?? categoryId;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Category = Category is not null && categories.FindCategory(Category) is not null ? Category : null;
        Barriers = await suggestions.ForCycleAsync(ProjectId, Project.CurrentCycle, Category, All, cancellationToken);
        var list = await strategies.ListAsync(ProjectId, null, cancellationToken);
        ListOf = (list.Value ?? []).ToLookup(s => s.BarrierId);
        var rating = await surveys.LatestAsync(ProjectId, SurveyKind.StrategyRating, Project.CurrentCycle, cancellationToken);
        Ratings = (rating?.Items ?? []).Where(i => i.SubjectId is not null).DistinctBy(i => i.SubjectId).ToDictionary(i => i.SubjectId!.Value);
    }
}
