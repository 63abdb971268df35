using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Features.Mail;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Consultation;

/// <summary>
/// A survey's life, run by facilitators: drafted, invitees added, opened (items copied, links mailed), closed. Surveys of
/// earlier cycles are history and stay as they are.
/// </summary>
public sealed class SurveyLifecycle(
    PlatformDbContext db, ProjectAccess access, SurveyItemsSource items, SurveyMail mail, Mailbox mailbox, AuditTrail audit, TimeProvider clock) : IUseCase
{
    public async Task<Outcome<Guid>> CreateAsync(Guid projectId, SurveyInput input, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(projectId, ProjectRole.Facilitator, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        input.Title = input.Title?.Trim() ?? "";
        if (Failure.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (input.ClosesAt is { } closes && ToUtc(closes) <= now)
        {
            return Failure.Field(nameof(SurveyInput.ClosesAt), "The closing time must be in the future.");
        }

        var project = opened.Value!.Project;
        var survey = new Survey
        {
            ProjectId = projectId, Cycle = project.CurrentCycle, Kind = input.Kind!.Value, Title = input.Title, Message = input.Message?.Trim() ?? "",
            Status = SurveyStatus.Draft, CreatedAt = now, ClosesAt = input.ClosesAt is { } at ? ToUtc(at) : null,
        };
        db.Surveys.Add(survey);
        audit.Record("survey.created", project.Title, survey.Title);
        await db.SaveChangesAsync(cancellationToken);
        return survey.Id;
    }

    public async Task<Outcome<Guid>> InviteAsync(Guid projectId, Guid surveyId, InviteeInput input, CancellationToken cancellationToken)
    {
        var found = await FindAsync(projectId, surveyId, cancellationToken);
        if (found.Failure is { } refused)
        {
            return refused;
        }

        (input.Name, input.Email) = (input.Name?.Trim() ?? "", input.Email?.Trim().ToLowerInvariant() ?? "");
        if (Failure.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var (project, survey) = found.Value;
        if (survey.Status == SurveyStatus.Closed)
        {
            return Failure.Conflict("Survey closed", "This survey is closed; nobody can be invited any more.");
        }

        if (await db.SurveyInvitees.AnyAsync(i => i.SurveyId == surveyId && i.Email == input.Email, cancellationToken))
        {
            return Duplicate();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var invitee = new SurveyInvitee
        {
            SurveyId = surveyId, Name = input.Name, Email = input.Email, StakeholderRole = input.StakeholderRole?.Trim() ?? "", SecretHash = "", InvitedAt = now,
        };
        db.SurveyInvitees.Add(invitee);
        if (survey.Status == SurveyStatus.Open)
        {
            mail.Invite(project, survey, invitee, now);
        }

        audit.Record("survey.invitee-added", survey.Title, invitee.Email);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Duplicate();
        }

        mailbox.SendQueued();
        return invitee.Id;
    }

    public async Task<Outcome<Done>> OpenAsync(Guid projectId, Guid surveyId, CancellationToken cancellationToken)
    {
        var found = await FindAsync(projectId, surveyId, cancellationToken);
        if (found.Failure is { } refused)
        {
            return refused;
        }

        var (project, survey) = found.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        if (survey.Status != SurveyStatus.Draft)
        {
            return Failure.Conflict("Not a draft", $"This survey is already {survey.Status.ToString().ToLowerInvariant()}; only a draft can be opened.");
        }

        if (survey.ClosesAt <= now)
        {
            return Failure.Conflict("Closing time passed", "The survey's closing time has passed; create a new survey with a later closing time.");
        }

        var invitees = await db.SurveyInvitees.Where(i => i.SurveyId == surveyId).ToListAsync(cancellationToken);
        if (invitees.Count == 0)
        {
            return Failure.Conflict("Nobody invited", "Invite at least one person before opening the survey.");
        }

        var snapshot = await items.SnapshotAsync(survey, cancellationToken);
        if (snapshot.Failure is { } unavailable)
        {
            return unavailable;
        }

        if (snapshot.Value.Items.Count == 0)
        {
            return Failure.Conflict("Nothing to ask", survey.Kind == SurveyKind.StrategyRating
                ? "Shortlist at least one strategy of this cycle before opening the survey."
                : "Add at least one candidate barrier of this cycle before opening the survey.");
        }

        db.SurveyItems.AddRange(snapshot.Value.Items);
        (survey.Status, survey.OpenedAt, survey.InstrumentSource) = (SurveyStatus.Open, now, snapshot.Value.Source);
        invitees.ForEach(invitee => mail.Invite(project, survey, invitee, now));
        audit.Record("survey.opened", project.Title, $"{survey.Title}: {invitees.Count} invited");
        await db.SaveChangesAsync(cancellationToken);
        mailbox.SendQueued();
        return new Done();
    }

    public async Task<Outcome<Done>> CloseAsync(Guid projectId, Guid surveyId, CancellationToken cancellationToken)
    {
        var found = await FindAsync(projectId, surveyId, cancellationToken);
        if (found.Failure is { } refused)
        {
            return refused;
        }

        var (project, survey) = found.Value;
        if (survey.Status != SurveyStatus.Open)
        {
            return Failure.Conflict("Not open", $"Only an open survey can be closed; this one is {survey.Status.ToString().ToLowerInvariant()}.");
        }

        (survey.Status, survey.ClosedAt) = (SurveyStatus.Closed, clock.GetUtcNow().UtcDateTime);
        audit.Record("survey.closed", project.Title, survey.Title);
        await db.SaveChangesAsync(cancellationToken);
        return new Done();
    }

    private Task<Outcome<(TailoringProject Project, Survey Row)>> FindAsync(Guid projectId, Guid surveyId, CancellationToken cancellationToken) =>
        access.OpenCurrentAsync(projectId, ProjectRole.Facilitator, db.Surveys, surveyId, "survey", cancellationToken);

    private static Failure Duplicate() => new(FailureKind.Conflict, "Already invited", "This person is already invited to this survey.",
        new Dictionary<string, string[]> { [nameof(InviteeInput.Email)] = ["This address is already invited to this survey."] });

    private static DateTime ToUtc(DateTime at) => at.Kind switch
    {
        DateTimeKind.Utc => at,
        DateTimeKind.Local => at.ToUniversalTime(),
        _ => DateTime.SpecifyKind(at, DateTimeKind.Utc),
    };
}
