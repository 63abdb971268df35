using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Practices;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Platform.Http;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Practices.Pages;

/// <summary>
/// The registration wizard over an existing working copy: each step overlays its own fields on the stored input and
/// saves the whole through <see cref="PracticeDrafting.EditAsync"/>; the last step submits for review.
/// </summary>
[TenantScoped(TenantRole.Editor)]
public sealed class EditPracticeModel(CurrentMembership membership, PracticeReader reader, PracticeDrafting drafting, PracticeWorkflow workflow) : PageModel
{
    public PracticeInput Input { get; set; } = new();

    [BindProperty]
    public ReviewNote Note { get; set; } = new();

    public PracticeView Practice { get; private set; } = new();
    public int Step { get; private set; } = 1;
    public IReadOnlyDictionary<string, string[]> Problems { get; private set; } = new Dictionary<string, string[]>();

    public string EditPath => $"/t/{membership.TenantSlug}/practices/{Practice.Id}/edit";
    public string OwnerPath => $"/t/{membership.TenantSlug}/practices/{Practice.Id}";
    public bool Editable => Practice.Status is not (PracticeStatus.Submitted or PracticeStatus.Archived);
    public bool Submittable => Practice.Status is PracticeStatus.Draft or PracticeStatus.ChangesRequested;

    /// <summary>Messages about fields that another step asks for, so they can be listed with a link to that step.</summary>
    public IEnumerable<(string Message, int Step)> ElsewhereErrors => ModelState
        .Where(e => e.Key.Length > 0 && WizardSteps.StepOf(e.Key) != Step && e.Key.StartsWith("Input.", StringComparison.Ordinal))
        .SelectMany(e => (e.Value?.Errors ?? []).Select(x => (x.ErrorMessage, WizardSteps.StepOf(e.Key))));

    public async Task<IActionResult> OnGetAsync(Guid practiceId, int step, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(practiceId, step, cancellationToken))
        {
            return NotFound();
        }

        Input = Practice.ToInput();
        return Show();
    }

    public async Task<IActionResult> OnPostAsync(Guid practiceId, int step, string? go, CancellationToken cancellationToken)
    {
        var posted = await this.BindPracticeInputAsync(nameof(Input));
        if (!await LoadAsync(practiceId, step, cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.ErrorCount > 0)
        {
            // Only a value that could not be read at all (letters in a year) ends up here; show the step as it was posted.
            Input = posted;
            return Show();
        }

        var input = Practice.ToInput();
        WizardSteps.Overlay(Step, posted, input);
        var outcome = await drafting.EditAsync(practiceId, input, cancellationToken);
        if (outcome.Failure is { } failure)
        {
            ModelState.Clear();
            failure.AddTo(ModelState, nameof(Input));
            Input = input;
            return Show();
        }

        if (go == "save")
        {
            TempData["Notice"] = "The draft is saved.";
        }

        var next = go switch
        {
            "back" => Step - 1,
            "save" => Step,
            _ => Step + 1,
        };
        return Redirect($"{EditPath}?step={Math.Clamp(next, 1, WizardSteps.Review)}");
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid practiceId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(practiceId, WizardSteps.Review, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await workflow.SubmitAsync(practiceId, Note, cancellationToken);
        if (outcome.Failure is { } failure)
        {
            ModelState.Clear();
            Input = Practice.ToInput();
            ShowSubmitFailure(failure);
            return Show();
        }

        TempData["Notice"] = "The practice is submitted. A curator will review it; you can follow the conversation here.";
        return Redirect(OwnerPath);
    }

    private void ShowSubmitFailure(Failure failure)
    {
        // What is missing goes beside the part of the summary concerned; anything else (a too long note, a wrong state) beside the form.
        var missing = failure.Errors?.Where(e => WizardSteps.StepOf(e.Key) > 0).ToDictionary(e => e.Key, e => e.Value) ?? [];
        Problems = missing;
        var rest = failure.Errors?.Where(e => !missing.ContainsKey(e.Key)).ToDictionary(e => e.Key, e => e.Value);
        if (missing.Count > 0)
        {
            ModelState.AddModelError("", failure.Detail);
        }

        if (missing.Count == 0 || rest is { Count: > 0 })
        {
            (failure with { Errors = missing.Count == 0 ? failure.Errors : rest }).AddTo(ModelState, nameof(Note));
        }
    }

    private async Task<bool> LoadAsync(Guid practiceId, int step, CancellationToken cancellationToken)
    {
        if (await reader.OwnWorkingCopyAsync(practiceId, cancellationToken) is not { } practice)
        {
            return false;
        }

        Practice = practice;
        Step = WizardSteps.Get(step).Number;
        return true;
    }

    /// <summary>Repeatable sections get empty rows below the existing ones, so a row can be added without script.</summary>
    private PageResult Show()
    {
        var rows = Enumerable.Range(0, WizardSteps.EmptyRows).ToList();
        Input.Evidence.AddRange(rows.Select(_ => new EvidenceInput()));
        Input.Deployments.AddRange(rows.Select(_ => new DeploymentInput()));
        Input.Contacts.AddRange(rows.Select(_ => new ContactInput()));
        Input.Links.AddRange(rows.Select(_ => new LinkInput()));
        return Page();
    }
}
