using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Consultation;

public sealed record SurveyView(
    Guid Id, SurveyKind Kind, int Cycle, string Title, string Message, SurveyStatus Status, bool TakesAnswers, DateTime CreatedAt,
    DateTime? OpenedAt, DateTime? ClosesAt, DateTime? ClosedAt, string InstrumentSource, int Items, int Invited, int Responded, double? ResponseRate);

public sealed record InviteeView(Guid Id, string Name, string Email, string StakeholderRole, DateTime InvitedAt, DateTime? RespondedAt);

public sealed record SurveyDetail(SurveyView Survey, IReadOnlyList<InviteeView> Invitees);

/// <summary>The project's surveys for anyone on the project (observers too), newest first.</summary>
public sealed class SurveyReader(PlatformDbContext db, ProjectAccess access, TimeProvider clock) : IUseCase
{
    public async Task<Outcome<IReadOnlyList<SurveyView>>> ListAsync(Guid projectId, SurveyKind? kind, CancellationToken cancellationToken)
    {
        var opened = await access.ReadAsync(projectId, cancellationToken);
        return opened.Failure is { } refused ? refused : Outcome<IReadOnlyList<SurveyView>>.Success(await ViewsAsync(projectId, kind, null, cancellationToken));
    }

    public async Task<Outcome<SurveyDetail>> GetAsync(Guid projectId, Guid surveyId, CancellationToken cancellationToken)
    {
        var opened = await access.ReadAsync(projectId, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        var view = (await ViewsAsync(projectId, null, surveyId, cancellationToken)).SingleOrDefault();
        if (view is null)
        {
            return Failure.NotFound("The survey");
        }

        var invitees = await db.SurveyInvitees.AsNoTracking().Where(i => i.SurveyId == surveyId).OrderBy(i => i.Name)
            .Select(i => new InviteeView(i.Id, i.Name, i.Email, i.StakeholderRole, i.InvitedAt, i.RespondedAt)).ToListAsync(cancellationToken);
        return new SurveyDetail(view, invitees);
    }

    /// <summary>Surveys of the project without checking access: for callers that opened the project already.</summary>
    public async Task<IReadOnlyList<SurveyView>> ViewsAsync(Guid projectId, SurveyKind? kind, Guid? surveyId, CancellationToken cancellationToken)
    {
        var surveys = await db.Surveys.AsNoTracking()
            .Where(s => s.ProjectId == projectId && (kind == null || s.Kind == kind) && (surveyId == null || s.Id == surveyId))
            .ToListAsync(cancellationToken);
        var ids = surveys.Select(s => s.Id).ToList();
        var items = await CountsAsync(db.SurveyItems.Where(i => ids.Contains(i.SurveyId)).Select(i => i.SurveyId), cancellationToken);
        var invited = await CountsAsync(db.SurveyInvitees.Where(i => ids.Contains(i.SurveyId)).Select(i => i.SurveyId), cancellationToken);
        var responded = await CountsAsync(db.SurveyResponses.Where(r => ids.Contains(r.SurveyId)).Select(r => r.SurveyId), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return surveys.OrderByDescending(s => s.CreatedAt).Select(s =>
        {
            var (asked, answered) = (invited.GetValueOrDefault(s.Id), responded.GetValueOrDefault(s.Id));
            return new SurveyView(s.Id, s.Kind, s.Cycle, s.Title, s.Message, s.Status, SurveyRules.TakesAnswers(s, now), s.CreatedAt, s.OpenedAt,
                s.ClosesAt, s.ClosedAt, s.InstrumentSource, items.GetValueOrDefault(s.Id), asked, answered, asked == 0 ? null : (double)answered / asked);
        }).ToList();
    }

    private static async Task<Dictionary<Guid, int>> CountsAsync(IQueryable<Guid> surveyIds, CancellationToken cancellationToken) =>
        await surveyIds.GroupBy(id => id).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
