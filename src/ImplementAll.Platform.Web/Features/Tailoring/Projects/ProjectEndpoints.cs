using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Tailoring;
using ImplementAll.Platform.Web.Platform.Http;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ImplementAll.Platform.Web.Features.Tailoring.Projects;

/// <summary>
/// ItFits tailoring projects under <c>/api/v1/tenants/{tenantId}/projects</c>. Everything under <c>{projectId}</c> is a
/// workspace route: the tenant middleware runs it for the project's lead tenant when the caller's organisation is an
/// active partner, and every handler opens the project through <see cref="ProjectAccess"/> first.
/// </summary>
public static class ProjectEndpoints
{
    public static void Map(RouteGroupBuilder tenant)
    {
        var projects = tenant.MapGroup("/projects").WithTags("Tailoring projects");
        MapProjects(projects);
        var project = projects.MapGroup("/{projectId:guid}");
        MapTeamAndSteps(project);
        Identify.IdentifyEndpoints.Map(project);
        Consultation.SurveyEndpoints.Map(project);
        Apply.ApplyEndpoints.Map(project);
        Match.MatchEndpoints.Map(project);
        Design.DesignEndpoints.Map(project);
        Partners.PartnerEndpoints.Map(project, tenant);
    }

    private static void MapProjects(RouteGroupBuilder projects)
    {
        projects.MapGet("", async (ProjectReader reader, CancellationToken ct) => TypedResults.Ok(await reader.ListAsync(ct)))
            .WithName("ListProjects").WithSummary("The organisation's tailoring projects and those it is an active partner in.");

        projects.MapPost("", async Task<Results<Created<ProjectView>, ProblemHttpResult>> (
            ProjectInput input, ProjectSetup setup, ProjectReader reader, CurrentMembership membership, CancellationToken ct) =>
        {
            var started = await setup.StartAsync(input, ct);
            if (started.Failure is { } failure)
            {
                return failure.ToProblem();
            }

            var view = await reader.GetAsync(started.Value, ct);
            return TypedResults.Created($"/api/v1/tenants/{membership.TenantId}/projects/{started.Value}", view.Value!);
        }).RequireTenantRole(TenantRole.Editor).WithName("StartProject")
            .WithSummary("Start a tailoring project for a published practice or a locally described intervention; opens cycle 1.");

        projects.MapGet("/{projectId:guid}", async (Guid projectId, ProjectReader reader, CancellationToken ct) => (await reader.GetAsync(projectId, ct)).ToOk())
            .WithName("GetProject").WithSummary("The project, the caller's role in it and the steps of the current cycle.");

        projects.MapPut("/{projectId:guid}", async (Guid projectId, ProjectInput input, ProjectSetup setup, CancellationToken ct) =>
            (await setup.EditAsync(projectId, input, ct)).ToNoContent())
            .WithName("EditProject").WithSummary("Edit the project's description (facilitators and leads).");
    }

    private static void MapTeamAndSteps(RouteGroupBuilder project)
    {
        project.MapGet("/team", async (Guid projectId, ProjectTeam team, CancellationToken ct) => (await team.ListAsync(projectId, ct)).ToOk())
            .WithName("ListProjectTeam").WithSummary("The project team with each person's organisation and project role.");

        project.MapPost("/team", async (Guid projectId, TeamMemberInput input, ProjectTeam team, CancellationToken ct) =>
            (await team.AddAsync(projectId, input, ct)).ToOk())
            .WithName("AddProjectMember").WithSummary("Add a person of the lead or a partner organisation to the team (leads).");

        project.MapPut("/team/{projectMemberId:guid}", async (Guid projectId, Guid projectMemberId, TeamRoleInput input, ProjectTeam team, CancellationToken ct) =>
            (await team.ChangeRoleAsync(projectId, projectMemberId, input.Role, ct)).ToNoContent())
            .WithName("ChangeProjectRole").WithSummary("Change a team member's project role (leads; the last lead stays).");

        project.MapDelete("/team/{projectMemberId:guid}", async (Guid projectId, Guid projectMemberId, ProjectTeam team, CancellationToken ct) =>
            (await team.RemoveAsync(projectId, projectMemberId, ct)).ToNoContent())
            .WithName("RemoveProjectMember").WithSummary("Remove a person from the team (leads; the last lead stays).");

        project.MapGet("/dashboard", async (Guid projectId, Dashboard.ProjectDashboard dashboard, CancellationToken ct) =>
            (await dashboard.GetAsync(projectId, ct)).ToOk())
            .WithName("GetProjectDashboard").WithSummary("Where the project stands: modules of the current cycle, overdue actions, latest indicators, open surveys.");

        project.MapPut("/steps/{module}", async (Guid projectId, ProjectModule module, StepInput input, ProjectSteps steps, CancellationToken ct) =>
            (await steps.AssignAsync(projectId, module, input, ct)).ToNoContent())
            .WithName("AssignProjectStep").WithSummary("Give a module of the current cycle its owner and due date.");

        project.MapPost("/steps/{module}/complete", async (Guid projectId, ProjectModule module, ProjectSteps steps, CancellationToken ct) =>
            (await steps.CompleteAsync(projectId, module, ct)).ToNoContent())
            .WithName("CompleteProjectStep").WithSummary("Mark a module of the current cycle done once what the next module needs exists.");
    }
}

public sealed record TeamRoleInput(ProjectRole? Role);
