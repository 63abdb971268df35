using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Reference;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Consultation;

public sealed record QuestionItem(Guid ItemId, int Order, string Text, string? Group);

public sealed record SurveyForm(
    string Organisation, string Project, string Title, string Message, SurveyKind Kind, string RespondentName, DateTime? ClosesAt,
    IReadOnlyList<RatingDimension> Dimensions, bool AllowsNotRelevant, bool TakesProposals, int MaxProposals, IReadOnlyList<QuestionItem> Items);

/// <summary>
/// A stakeholder answering through their link, without an account. The link names the tenant, which is set before the
/// invitee is looked up; every refusal says what went wrong, and the answers are saved in one change or not at all.
/// </summary>
public sealed class SurveyAnswering(PlatformDbContext db, SurveyTokens tokens, ReferenceCatalogue catalogue, TimeProvider clock) : IUseCase
{
    public static readonly Failure NotValid = new(FailureKind.NotFound, "This survey link is not valid",
        "This survey link is not valid. It may have been copied incompletely or altered; use the link from your invitation mail.");

    /// <summary>Closed is its own outcome: the API answers 410 Gone.</summary>
    public static readonly Failure Closed = new(FailureKind.Conflict, "This survey has closed", "This survey has closed and takes no more answers.");

    public static readonly Failure Answered = new(FailureKind.Conflict, "You have already answered",
        "You have already answered this survey. Each link can be used once; thank you for taking part.");

    public async Task<Outcome<SurveyForm>> ReadAsync(string? token, CancellationToken cancellationToken)
    {
        var found = await FindAsync(token, cancellationToken);
        if (found.Failure is { } refused)
        {
            return refused;
        }

        var (survey, invitee) = found.Value;
        var items = await db.SurveyItems.AsNoTracking().Where(i => i.SurveyId == survey.Id).OrderBy(i => i.Order).ToListAsync(cancellationToken);
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == survey.ProjectId).Select(p => p.Title).SingleAsync(cancellationToken);
        var organisation = await db.Tenants.AsNoTracking().Where(t => t.Id == survey.TenantId).Select(t => t.Name).SingleAsync(cancellationToken);
        var nomad = survey.Kind == SurveyKind.Normalisation ? NomadStructure.From(catalogue) : null;
        return new SurveyForm(organisation, project, survey.Title, survey.Message, survey.Kind, invitee.Name, survey.ClosesAt,
            SurveyRules.Dimensions(survey.Kind), SurveyRules.AllowsNotRelevant(survey.Kind), SurveyRules.TakesProposals(survey.Kind), SurveyRules.MaxProposals,
            items.Select(i => new QuestionItem(i.Id, i.Order, i.Text, i.Group is { } g ? nomad?.Construct(g)?.Name ?? g : null)).ToList());
    }

    public async Task<Outcome<Done>> SubmitAsync(string? token, AnswersInput input, CancellationToken cancellationToken)
    {
        var found = await FindAsync(token, cancellationToken);
        if (found.Failure is { } refused)
        {
            return refused;
        }

        var (survey, invitee) = found.Value;
        var items = await db.SurveyItems.AsNoTracking().Where(i => i.SurveyId == survey.Id).OrderBy(i => i.Order).ToListAsync(cancellationToken);
        if (AnswerChecks.Check(survey.Kind, items, input) is { } invalid)
        {
            return invalid;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var response = new SurveyResponse { SurveyId = survey.Id, InviteeId = invitee.Id, SubmittedAt = now, Comment = input.Comment?.Trim() ?? "" };
        db.SurveyResponses.Add(response);
        db.SurveyAnswers.AddRange(input.Answers.Select(a => new SurveyAnswer
        {
            SurveyId = survey.Id, ResponseId = response.Id, ItemId = a.ItemId!.Value, Dimension = a.Dimension!.Value,
            Score = a.NotRelevant ? null : a.Score, Comment = a.Comment?.Trim() ?? "",
        }));
        db.ProposedBarriers.AddRange(AnswerChecks.Proposals(input).Select(p => new ProposedBarrier
        {
            SurveyId = survey.Id, ResponseId = response.Id, Title = p.Title!.Trim(), Description = p.Description?.Trim() ?? "",
        }));
        invitee.RespondedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two submissions raced; the unique index on the invitee let only one of them in.
            return Answered;
        }

        return new Done();
    }

    private async Task<Outcome<(Survey Survey, SurveyInvitee Invitee)>> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (tokens.Read(token) is not { } link)
        {
            return NotValid;
        }

        db.Tenant.Set(link.TenantId);
        var invitee = await db.SurveyInvitees.SingleOrDefaultAsync(i => i.Id == link.InviteeId, cancellationToken);
        if (invitee is null || !SurveyTokens.SameHash(invitee.SecretHash, link.SecretHash))
        {
            return NotValid;
        }

        var survey = await db.Surveys.AsNoTracking().SingleAsync(s => s.Id == invitee.SurveyId, cancellationToken);
        if (!SurveyRules.TakesAnswers(survey, clock.GetUtcNow().UtcDateTime))
        {
            return Closed;
        }

        return invitee.RespondedAt is not null || await db.SurveyResponses.AnyAsync(r => r.InviteeId == invitee.Id, cancellationToken)
            ? Answered
            : (survey, invitee);
    }
}
