using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Tailoring;

namespace ImplementAll.Platform.Web.Features.Tailoring.Projects;

/// <summary>Opening a cycle: its record and one owned step per module.</summary>
public static class ProjectCycles
{
    public static void Open(PlatformDbContext db, TailoringProject project, int number, Guid ownerUserId, DateTime now)
    {
        project.CurrentCycle = number;
        db.ProjectCycles.Add(new ProjectCycle { ProjectId = project.Id, Number = number, StartedAt = now });
        foreach (var module in Enum.GetValues<ProjectModule>())
        {
            db.ProjectSteps.Add(new ProjectStep { ProjectId = project.Id, Cycle = number, Module = module, OwnerUserId = ownerUserId });
        }
    }
}
