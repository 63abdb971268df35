using ImplementAll.Platform.Core.Results;

namespace ImplementAll.Platform.Web.Features.Tailoring.Identify;

/// <summary>Earlier cycles are the project's history, kept as they were so that cycles can be compared.</summary>
public static class CycleRule
{
    public static Failure History(string what, int cycle, int current) =>
        Failure.Conflict("Earlier cycle", $"This {what} belongs to cycle {cycle}, which is history now; work in cycle {current}.");
}
