using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;

namespace ImplementAll.Platform.Web.Features.Tailoring.Apply;

/// <summary>Earlier cycles are the project's history: what the team did then stays as it was, so it can be compared.</summary>
public static class CycleHistory
{
    public static Failure? Refuse(TailoringProject project, int cycle, string what) => cycle == project.CurrentCycle
        ? null
        : Failure.Conflict("An earlier cycle", $"This {what} belongs to cycle {cycle}, which is history now; the project works in cycle {project.CurrentCycle}.");
}
