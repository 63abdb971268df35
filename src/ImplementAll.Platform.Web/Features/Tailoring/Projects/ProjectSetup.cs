using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Features.Practices;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Identity;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Tailoring.Projects;

/// <summary>
/// Starts and edits projects. A new project opens its first cycle with the four module steps owned by the person who
/// started it ("be organised"), who also joins the team as its lead.
/// </summary>
public sealed class ProjectSetup(
    PlatformDbContext db, CurrentUser user, CurrentMembership membership, ProjectAccess access, PracticeReader practices, AuditTrail audit, TimeProvider clock) : IUseCase
{
    public async Task<Outcome<Guid>> StartAsync(ProjectInput input, CancellationToken cancellationToken)
    {
        if (Failure.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var intervention = await InterventionAsync(input, cancellationToken);
        if (intervention.Failure is { } unknown)
        {
            return unknown;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var project = new TailoringProject
        {
            Title = input.Title!.Trim(), InterventionName = intervention.Value!, Setting = input.Setting!.Trim(),
            CreatedAt = now, CreatedByUserId = user.RequiredId,
        };
        Apply(project, input, intervention.Value!);
        db.Projects.Add(project);
        db.ProjectMembers.Add(new ProjectMember
        {
            ProjectId = project.Id, UserId = user.RequiredId, OrganisationId = membership.TenantId, Role = ProjectRole.Lead, AddedAt = now,
        });
        ProjectCycles.Open(db, project, 1, user.RequiredId, now);
        audit.Record("project.started", project.Title);
        await db.SaveChangesAsync(cancellationToken);
        return project.Id;
    }

    public async Task<Outcome<Done>> EditAsync(Guid projectId, ProjectInput input, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(projectId, ProjectRole.Facilitator, cancellationToken);
        if (opened.Failure is { } refused)
        {
            return refused;
        }

        if (Failure.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var project = opened.Value!.Project;
        if (await db.PlanActions.AnyAsync(a => a.ProjectId == projectId && a.StartsOn < input.StartsOn, cancellationToken))
        {
            return Failure.Field(nameof(ProjectInput.StartsOn), "Some planned actions start before this date; move them first.");
        }

        // A linked practice that has since been archived stays linked under the name it had.
        var intervention = input.PracticeId is not null && input.PracticeId == project.PracticeId ? project.InterventionName : null;
        if (intervention is null)
        {
            var found = await InterventionAsync(input, cancellationToken);
            if (found.Failure is { } unknown)
            {
                return unknown;
            }

            intervention = found.Value!;
        }

        project.Title = input.Title!.Trim();
        project.Setting = input.Setting!.Trim();
        Apply(project, input, intervention);
        audit.Record("project.edited", project.Title);
        await db.SaveChangesAsync(cancellationToken);
        return new Done();
    }

    private static void Apply(TailoringProject project, ProjectInput input, string intervention)
    {
        project.PracticeId = input.PracticeId;
        project.InterventionName = intervention;
        project.InterventionDescription = input.InterventionDescription?.Trim() ?? "";
        project.Context = input.Context?.Trim() ?? "";
        project.TargetGroup = input.TargetGroup!.Value;
        project.StartsOn = input.StartsOn!.Value;
        project.EndsOn = input.EndsOn;
    }

    /// <summary>The intervention's name: the published practice's title, or the name the team gave a local intervention.</summary>
    private async Task<Outcome<string>> InterventionAsync(ProjectInput input, CancellationToken cancellationToken)
    {
        if (input.PracticeId is not { } practiceId)
        {
            return input.InterventionName!.Trim();
        }

        return await practices.PublishedAsync(practiceId, cancellationToken) is { } practice
            ? practice.Title
            : Failure.Field(nameof(ProjectInput.PracticeId), "That practice is not published in the repository.");
    }
}
