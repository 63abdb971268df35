using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using Microsoft.AspNetCore.Mvc;

namespace ImplementAll.Platform.Web.Features.Tailoring.Consultation;

public sealed record SurveyPanelEntry(SurveyView Survey, IReadOnlyList<InviteeView> Invitees, SurveyResultsView? Results);

public sealed record SurveyPanelModel(
    Guid ProjectId, SurveyKind Kind, string ProjectPath, int CurrentCycle, bool CanRun, IReadOnlyList<SurveyPanelEntry> Surveys);

/// <summary>
/// A project's surveys of one kind, embedded in the module pages: status, response rate, results as a chart and a
/// table, and for facilitators the forms to create, invite, open and close (posted to the project's surveys page).
/// Invoke as <c>Component.InvokeAsync("SurveyPanel", new { projectId, kind, projectPath })</c>.
/// </summary>
public sealed class SurveyPanelViewComponent(ProjectAccess access, SurveyReader reader, SurveyResults results) : ViewComponent
{
    public const string ViewPath = "~/Features/Tailoring/Consultation/Components/SurveyPanel/Default.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(Guid projectId, SurveyKind kind, string projectPath)
    {
        var ct = HttpContext.RequestAborted;
        var opened = await access.ReadAsync(projectId, ct);
        if (opened.Value is not { } scope)
        {
            return Content("");
        }

        var entries = new List<SurveyPanelEntry>();
        foreach (var survey in await reader.ViewsAsync(projectId, kind, null, ct))
        {
            var detail = await reader.GetAsync(projectId, survey.Id, ct);
            var result = survey.Status == SurveyStatus.Draft ? null : (await results.ForAsync(projectId, survey.Id, ct)).Value;
            entries.Add(new SurveyPanelEntry(survey, detail.Value?.Invitees ?? [], result));
        }

        return View(ViewPath, new SurveyPanelModel(projectId, kind, projectPath, scope.Project.CurrentCycle, scope.Can(ProjectRole.Facilitator), entries));
    }
}
