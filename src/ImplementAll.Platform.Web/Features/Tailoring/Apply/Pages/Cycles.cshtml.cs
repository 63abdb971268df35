using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Features.Tailoring.Projects.Pages;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace ImplementAll.Platform.Web.Features.Tailoring.Apply.Pages;

/// <summary>The project's review cycles side by side, so the team sees what it changed and what that did.</summary>
public sealed class CyclesModel(CurrentMembership membership, ProjectReader reader, CycleComparison comparison) : ProjectPage(membership, reader)
{
    public IReadOnlyList<CycleSummary> Cycles { get; private set; } = [];

    /// <summary>The NoMAD constructs in the order the instrument has them, taken from any scored wave.</summary>
    public IReadOnlyList<string> Constructs => Cycles.SelectMany(c => c.NormalisationWaves).Select(w => w.Constructs.Select(s => s.Construct).ToList())
        .FirstOrDefault() ?? [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadProjectAsync(cancellationToken))
        {
            return NotFound();
        }

        Cycles = (await comparison.CompareAsync(ProjectId, cancellationToken)).Value!;
        return Page();
    }

    /// <summary>The mean of a construct's scores over a cycle's waves that scored it; null when none did.</summary>
    public static double? ConstructScore(CycleSummary cycle, string construct)
    {
        var scores = cycle.NormalisationWaves.SelectMany(w => w.Constructs).Where(c => c.Construct == construct && c.Score is not null)
            .Select(c => c.Score!.Value).ToList();
        return scores.Count == 0 ? null : scores.Average();
    }
}
