using ImplementAll.Platform.Web.Features.Reference;
using ImplementAll.Platform.Web.Features.Tailoring.Projects;
using ImplementAll.Platform.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace ImplementAll.Platform.Web.Features.Tailoring.Design.Pages;

/// <summary>The current cycle's plan as a document to print or save as PDF from the browser, without the site's navigation.</summary>
public sealed class PlanPrintModel(CurrentMembership membership, ProjectReader reader, PlanReader plans, ReferenceCatalogue catalogue)
    : Projects.Pages.ProjectPage(membership, reader)
{
    public PlanDocument Plan { get; private set; } = null!;
    public OutcomeList Outcomes { get; } = ProctorOutcomes.Of(catalogue);
    // The middleware has admitted the caller to their organisation before the page is made; the API route names it too.
    private readonly Guid tenantId = membership.TenantId;

    public string DocxPath => $"/api/v1/tenants/{tenantId}/projects/{ProjectId}/plan.docx";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadProjectAsync(cancellationToken))
        {
            return NotFound();
        }

        Plan = await plans.ComposeAsync(Project, cancellationToken);
        return Page();
    }
}
