using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Consultation;

public sealed record DimensionResult(RatingDimension Dimension, RatingSummary Summary);

public sealed record ItemResult(
    Guid ItemId, int Order, Guid? SubjectId, string? Code, string? Group, string Text, IReadOnlyList<DimensionResult> Dimensions,
    int NotRelevant, IReadOnlyList<string> Comments)
{
    public RatingSummary On(RatingDimension dimension) => Dimensions.FirstOrDefault(d => d.Dimension == dimension)?.Summary ?? RatingSummary.None;
}

public sealed record ProposalView(Guid Id, Guid SurveyId, string Title, string Description, Guid? AdoptedAsBarrierId);

public sealed record SurveyResultsView(
    SurveyView Survey, IReadOnlyList<ItemResult> Items, IReadOnlyList<string> Comments, IReadOnlyList<ProposalView> Proposals,
    IReadOnlyList<ConstructScore> Constructs);

/// <summary>
/// Aggregated answers of a survey for the team: per item and dimension the count, mean, spread and agreement (see
/// <see cref="RatingSummary"/>), the response rate, comments and proposals. Answers are never shown per respondent.
/// </summary>
public sealed class SurveyResults(PlatformDbContext db, ProjectAccess access, SurveyReader reader, NormalisationScores scores) : IUseCase
{
    public async Task<Outcome<SurveyResultsView>> ForAsync(Guid projectId, Guid surveyId, CancellationToken cancellationToken)
    {
        var opened = await access.ReadAsync(projectId, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        var view = (await reader.ViewsAsync(projectId, null, surveyId, cancellationToken)).SingleOrDefault();
        return view is null ? Failure.NotFound("The survey") : await ResultsAsync(view, cancellationToken);
    }

    /// <summary>The newest opened survey of a kind in a cycle, with its results; for pages that opened the project already.</summary>
    public async Task<SurveyResultsView?> LatestAsync(Guid projectId, SurveyKind kind, int cycle, CancellationToken cancellationToken)
    {
        var view = (await reader.ViewsAsync(projectId, kind, null, cancellationToken))
            .Where(s => s.Cycle == cycle && s.Status != SurveyStatus.Draft).MaxBy(s => s.OpenedAt);
        return view is null ? null : await ResultsAsync(view, cancellationToken);
    }

    private async Task<SurveyResultsView> ResultsAsync(SurveyView survey, CancellationToken cancellationToken)
    {
        var items = await db.SurveyItems.AsNoTracking().Where(i => i.SurveyId == survey.Id).OrderBy(i => i.Order).ToListAsync(cancellationToken);
        var answers = await db.SurveyAnswers.AsNoTracking().Where(a => a.SurveyId == survey.Id).ToListAsync(cancellationToken);
        var responses = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == survey.Id).OrderBy(r => r.SubmittedAt)
            .Select(r => r.Comment).ToListAsync(cancellationToken);
        var proposals = await db.ProposedBarriers.AsNoTracking().Where(p => p.SurveyId == survey.Id).OrderBy(p => p.Title)
            .Select(p => new ProposalView(p.Id, p.SurveyId, p.Title, p.Description, p.AdoptedAsBarrierId)).ToListAsync(cancellationToken);
        var byItem = answers.ToLookup(a => a.ItemId);
        var results = items.Select(item =>
        {
            var mine = byItem[item.Id].ToList();
            var dimensions = SurveyRules.Dimensions(survey.Kind).Select(d => new DimensionResult(d,
                RatingSummary.Of(mine.Where(a => a.Dimension == d && a.Score is not null).Select(a => a.Score!.Value).ToList()))).ToList();
            return new ItemResult(item.Id, item.Order, item.SubjectId, item.Code, item.Group, item.Text, dimensions,
                mine.Count(a => a.Score is null), mine.Select(a => a.Comment).Where(c => c.Length > 0).ToList());
        }).ToList();
        var constructs = survey.Kind == SurveyKind.Normalisation ? await scores.ForSurveyAsync(survey.Id, cancellationToken) : [];
        return new SurveyResultsView(survey, results, responses.Where(c => c.Length > 0).ToList(), proposals, constructs);
    }
}
