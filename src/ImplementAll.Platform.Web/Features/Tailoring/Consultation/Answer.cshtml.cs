using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Platform.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Tailoring.Consultation;

/// <summary>
/// The page a survey link opens, for stakeholders without an account: no tenant in the route, no sign-in. A refusal is
/// a page with its reason and the matching status (404, 410, 409); missing or out-of-range answers are shown beside
/// their question.
/// </summary>
[AllowAnonymous]
public sealed class AnswerModel(SurveyAnswering answering) : PageModel
{
    [FromRoute]
    public string Token { get; set; } = "";

    [BindProperty]
    public AnswersInput Input { get; set; } = new();

    public SurveyForm? Form { get; private set; }
    public string? Problem { get; private set; }
    public bool Submitted { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await answering.SubmitAsync(Token, Input, cancellationToken);
        if (outcome.Failure is null)
        {
            Submitted = true;
            return Page();
        }

        ModelState.Clear();
        if (outcome.Failure.Kind == FailureKind.Invalid)
        {
            outcome.Failure.AddTo(ModelState);
            await LoadAsync(cancellationToken);
        }
        else
        {
            Refuse(outcome.Failure);
        }

        return Page();
    }

    /// <summary>The answer given so far to a question, to keep it checked when the form comes back with messages.</summary>
    public int? Chosen(int index) => Input.Answers.ElementAtOrDefault(index)?.Score;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var read = await answering.ReadAsync(Token, cancellationToken);
        if (read.Failure is { } failure)
        {
            Refuse(failure);
            return;
        }

        Form = read.Value;
    }

    private void Refuse(Failure failure)
    {
        Problem = failure.Detail;
        Response.StatusCode = failure == SurveyAnswering.Closed ? StatusCodes.Status410Gone
            : failure.Kind == FailureKind.NotFound ? StatusCodes.Status404NotFound
            : StatusCodes.Status409Conflict;
    }
}
