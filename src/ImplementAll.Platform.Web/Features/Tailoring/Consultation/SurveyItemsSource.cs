using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Consultation;

/// <summary>What a survey asks, copied when it opens: the cycle's candidate barriers, its shortlisted strategies, or the NoMAD items.</summary>
public sealed class SurveyItemsSource(PlatformDbContext db, NomadItems nomad) : IUseCase
{
    public async Task<Outcome<(IReadOnlyList<SurveyItem> Items, string Source)>> SnapshotAsync(Survey survey, CancellationToken cancellationToken)
    {
        switch (survey.Kind)
        {
            case SurveyKind.BarrierConsultation:
                var barriers = await db.Barriers.AsNoTracking().Where(b => b.ProjectId == survey.ProjectId && b.Cycle == survey.Cycle)
                    .OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken);
                return (barriers.Select((b, i) => Item(survey, i, b.Id, b.ThemeId, null, b.Title, b.Description)).ToList(), "Candidate barriers of the cycle");
            case SurveyKind.StrategyRating:
                var strategies = await db.ProjectStrategies.AsNoTracking()
                    .Where(s => s.ProjectId == survey.ProjectId && s.Cycle == survey.Cycle && s.Shortlisted)
                    .OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);
                return (strategies.Select((s, i) => Item(survey, i, s.Id, s.EricStrategyId, null, s.Title, s.Description)).ToList(), "Shortlisted strategies of the cycle");
            default:
                var loaded = nomad.Load();
                if (loaded.Failure is { } invalid)
                {
                    return invalid;
                }

                var set = loaded.Value!;
                return (set.Items.Select((n, i) => Item(survey, i, null, n.Code, n.ConstructId, n.Text, "")).ToList(), set.Source);
        }
    }

    private static SurveyItem Item(Survey survey, int order, Guid? subjectId, string? code, string? group, string title, string description)
    {
        var text = description.Length == 0 ? title : $"{title} — {description}";
        return new SurveyItem
        {
            SurveyId = survey.Id, Order = order + 1, SubjectId = subjectId, Code = code, Group = group,
            Text = text.Length <= ProjectLimits.ShortTextLength ? text : text[..(ProjectLimits.ShortTextLength - 1)] + "…",
        };
    }
}
