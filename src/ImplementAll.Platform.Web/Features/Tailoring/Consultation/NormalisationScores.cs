using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Reference;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Consultation;

/// <summary>One NPT construct's score in a wave; <see cref="Score"/> is empty when none of its items was scored.</summary>
public sealed record ConstructScore(string ConstructId, string Construct, double? Score, int ItemsScored, int Items, int Answers);

public sealed record WaveScores(
    Guid SurveyId, int Cycle, string Title, SurveyStatus Status, bool Closed, DateTime? OpenedAt, DateTime? ClosedAt,
    int Responses, int Invited, string InstrumentSource, IReadOnlyList<ConstructScore> Constructs);

/// <summary>
/// NoMAD scores of normalisation waves. A construct's score is the mean of its items' means (each item's mean over the
/// answers that gave a score; "not relevant" answers are left out), so a construct with more respondents on one item
/// does not lean towards that item. Callers open the project through <c>ProjectAccess</c> first; the tenant filter
/// keeps other organisations' waves out in any case.
/// </summary>
public sealed class NormalisationScores(PlatformDbContext db, ReferenceCatalogue catalogue, SurveyReader reader) : IUseCase
{
    public async Task<IReadOnlyList<ConstructScore>> ForSurveyAsync(Guid surveyId, CancellationToken ct)
    {
        var scores = await ScoresAsync([surveyId], ct);
        return scores.GetValueOrDefault(surveyId) ?? [];
    }

    public async Task<IReadOnlyList<WaveScores>> ForProjectAsync(Guid projectId, CancellationToken ct)
    {
        var waves = (await reader.ViewsAsync(projectId, SurveyKind.Normalisation, null, ct)).OrderBy(w => w.Cycle).ThenBy(w => w.CreatedAt).ToList();
        var scores = await ScoresAsync(waves.Select(w => w.Id).ToList(), ct);
        return waves.Select(w => new WaveScores(w.Id, w.Cycle, w.Title, w.Status, w.Status != SurveyStatus.Draft && !w.TakesAnswers, w.OpenedAt,
            w.ClosedAt, w.Responded, w.Invited, w.InstrumentSource, scores.GetValueOrDefault(w.Id) ?? [])).ToList();
    }

    private async Task<Dictionary<Guid, IReadOnlyList<ConstructScore>>> ScoresAsync(List<Guid> surveyIds, CancellationToken ct)
    {
        var items = await db.SurveyItems.AsNoTracking().Where(i => surveyIds.Contains(i.SurveyId))
            .Select(i => new { i.Id, i.SurveyId, i.Group }).ToListAsync(ct);
        var answers = await db.SurveyAnswers.AsNoTracking()
            .Where(a => surveyIds.Contains(a.SurveyId) && a.Dimension == RatingDimension.Agreement && a.Score != null)
            .Select(a => new { a.ItemId, Score = a.Score!.Value }).ToListAsync(ct);
        var byItem = answers.GroupBy(a => a.ItemId).ToDictionary(g => g.Key, g => g.Select(a => a.Score).ToList());
        var structure = NomadStructure.From(catalogue);
        return surveyIds.ToDictionary(id => id, id => (IReadOnlyList<ConstructScore>)structure.Constructs.Select(construct =>
        {
            var scored = items.Where(i => i.SurveyId == id && i.Group == construct.Id)
                .Select(i => byItem.GetValueOrDefault(i.Id) ?? []).ToList();
            var means = scored.Where(s => s.Count > 0).Select(s => s.Average()).ToList();
            return new ConstructScore(construct.Id, construct.Name, means.Count == 0 ? null : means.Average(), means.Count, scored.Count, scored.Sum(s => s.Count));
        }).ToList());
    }
}
