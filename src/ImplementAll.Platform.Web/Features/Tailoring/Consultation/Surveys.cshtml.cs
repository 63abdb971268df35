using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Features.Tailoring.Projects.Pages;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace ImplementAll.Platform.Web.Features.Tailoring.Consultation;

/// <summary>
/// All the project's surveys by kind, and the handler for the survey panel's forms wherever it is embedded: after a
/// form the team goes back to the page it came from; a refusal is shown here beside the panels.
/// </summary>
public sealed class SurveysModel(CurrentMembership membership, ProjectReader reader, SurveyLifecycle lifecycle) : ProjectPage(membership, reader)
{
    [BindProperty]
    public SurveyInput Survey { get; set; } = new();

    [BindProperty]
    public InviteeInput Invitee { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadProjectAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCreateAsync(string? returnTo, CancellationToken cancellationToken) =>
        await DoneAsync((await lifecycle.CreateAsync(ProjectId, Survey, cancellationToken)).Failure, "The survey draft was created; invite people, then open it.", returnTo, "Survey");

    public async Task<IActionResult> OnPostInviteAsync(Guid surveyId, string? returnTo, CancellationToken cancellationToken) =>
        await DoneAsync((await lifecycle.InviteAsync(ProjectId, surveyId, Invitee, cancellationToken)).Failure, $"{Invitee.Name} is invited.", returnTo, "Invitee");

    public async Task<IActionResult> OnPostOpenAsync(Guid surveyId, string? returnTo, CancellationToken cancellationToken) =>
        await DoneAsync((await lifecycle.OpenAsync(ProjectId, surveyId, cancellationToken)).Failure, "The survey is open; every invitee was sent their link.", returnTo, "");

    public async Task<IActionResult> OnPostCloseAsync(Guid surveyId, string? returnTo, CancellationToken cancellationToken) =>
        await DoneAsync((await lifecycle.CloseAsync(ProjectId, surveyId, cancellationToken)).Failure, "The survey is closed.", returnTo, "");

    private Task<IActionResult> DoneAsync(Failure? failure, string notice, string? returnTo, string prefix)
    {
        // Only a page of this project can be the way back, so the form cannot send people elsewhere.
        var back = returnTo is { } path && path.StartsWith(ProjectPath + "/", StringComparison.OrdinalIgnoreCase) && !path.Contains("//", StringComparison.Ordinal)
            ? path[ProjectPath.Length..]
            : "/surveys";
        return AfterAsync(failure, notice, back, () => Task.CompletedTask, prefix);
    }
}
