using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;

namespace ImplementAll.Platform.Web.Features.Tailoring.Projects;

/// <summary>
/// Earlier cycles are the project's history: what the team did then stays as it was, so cycles can be compared. Every
/// module refuses a change to an earlier cycle's row with this one rule (409).
/// </summary>
public static class CycleHistory
{
    /// <param name="instead">What to do instead, when the module has better advice than "work in the current cycle".</param>
    public static Failure? Refuse(TailoringProject project, int cycle, string what, string? instead = null) => cycle == project.CurrentCycle
        ? null
        : Failure.Conflict("An earlier cycle",
            $"This {what} belongs to cycle {cycle}, which is kept as history; {instead ?? $"the project works in cycle {project.CurrentCycle}"}.");
}
