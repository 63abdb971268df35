using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Tailoring.Consultation;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Features.Tailoring.Projects.Pages;
using ImplementAll.Platform.Web.Platform.Identity;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace ImplementAll.Platform.Web.Features.Tailoring.Apply.Pages;

/// <summary>
/// Module 4: owners log progress on their actions, the team records indicator measurements and runs NoMAD waves,
/// facilitators write the cycle's reflection and start the next cycle. Observers read.
/// </summary>
public sealed class ApplyModel(
    CurrentMembership membership, CurrentUser user, ProjectReader reader, ApplyBoard board, ActionProgressLog progress,
    IndicatorMeasurements measurements, ReviewCycles cycles, NormalisationScores normalisation, Principles principles) : ProjectPage(membership, reader)
{
    public ApplyBoardView Board { get; private set; } = null!;
    public IReadOnlyList<WaveScores> Waves { get; private set; } = [];
    public IReadOnlyList<Principle> Guidance => principles.For("Apply");

    /// <summary>The action or indicator whose form failed, so its messages stand beside that form only.</summary>
    public Guid? FailedActionId { get; private set; }
    public Guid? FailedIndicatorId { get; private set; }

    [BindProperty]
    public ProgressInput Progress { get; set; } = new();

    [BindProperty]
    public MeasurementInput Measurement { get; set; } = new();

    [BindProperty]
    public ReflectionInput Reflection { get; set; } = new();

    public static string Label(ActionStatus status) => status == ActionStatus.InProgress ? "In progress" : status.ToString();

    public static string Label(Standing standing) => standing switch
    {
        Standing.OnTrack => "on track",
        Standing.OffTrack => "off track",
        Standing.Reached => "target reached",
        _ => "no data",
    };

    public bool CanLog(ActionView action) => Can(ProjectRole.Facilitator) || (Can(ProjectRole.TeamMember) && action.OwnerUserId == user.RequiredId);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadProjectAsync(cancellationToken))
        {
            return NotFound();
        }

        await LoadAsync(cancellationToken);
        Reflection.Reflection = Board.Reflection;
        return Page();
    }

    public async Task<IActionResult> OnPostProgressAsync(Guid actionId, CancellationToken cancellationToken)
    {
        FailedActionId = actionId;
        return await AfterAsync((await progress.LogAsync(ProjectId, actionId, Progress, cancellationToken)).Failure,
            "The progress was logged.", "/apply", () => LoadAsync(cancellationToken), nameof(Progress));
    }

    public async Task<IActionResult> OnPostMeasurementAsync(Guid indicatorId, CancellationToken cancellationToken)
    {
        FailedIndicatorId = indicatorId;
        return await AfterAsync((await measurements.RecordAsync(ProjectId, indicatorId, Measurement, cancellationToken)).Failure,
            "The measurement was recorded.", "/apply", () => LoadAsync(cancellationToken), nameof(Measurement));
    }

    public async Task<IActionResult> OnPostDeleteMeasurementAsync(Guid measurementId, CancellationToken cancellationToken) =>
        await AfterAsync((await measurements.DeleteAsync(ProjectId, measurementId, cancellationToken)).Failure,
            "The measurement was deleted.", "/apply", () => LoadAsync(cancellationToken), nameof(Measurement));

    public async Task<IActionResult> OnPostReflectionAsync(CancellationToken cancellationToken)
    {
        var cycle = await LoadProjectAsync(cancellationToken) ? Project.CurrentCycle : 0;
        return await AfterAsync((await cycles.ReflectAsync(ProjectId, cycle, Reflection, cancellationToken)).Failure,
            "The reflection was saved.", "/apply", () => LoadAsync(cancellationToken), nameof(Reflection));
    }

    public async Task<IActionResult> OnPostStartCycleAsync(CancellationToken cancellationToken)
    {
        var started = await cycles.StartNextAsync(ProjectId, cancellationToken);
        return await AfterAsync(started.Failure, $"Cycle {started.Value?.Number} has started from a copy of the previous cycle's goals, barriers, strategies and open actions.",
            "", () => LoadAsync(cancellationToken));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Board = (await board.GetAsync(ProjectId, cancellationToken)).Value!;
        Waves = await normalisation.ForProjectAsync(ProjectId, cancellationToken);
    }
}
