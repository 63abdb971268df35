using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Tailoring;

namespace ImplementAll.Platform.Web.Features.Tailoring.Projects;

/// <summary>Opening a cycle: its record and one owned step per module.</summary>
public static class ProjectCycles
{
    /// <summary>Each step is owned by <paramref name="owners"/>' person for its module (a later cycle keeps who answered before), else by <paramref name="ownerUserId"/>.</summary>
    public static void Open(
        PlatformDbContext db, TailoringProject project, int number, Guid ownerUserId, DateTime now, IReadOnlyDictionary<ProjectModule, Guid>? owners = null)
    {
        project.CurrentCycle = number;
        db.ProjectCycles.Add(new ProjectCycle { ProjectId = project.Id, Number = number, StartedAt = now });
        foreach (var module in Enum.GetValues<ProjectModule>())
        {
            db.ProjectSteps.Add(new ProjectStep { ProjectId = project.Id, Cycle = number, Module = module, OwnerUserId = owners?.GetValueOrDefault(module, ownerUserId) ?? ownerUserId });
        }
    }
}
