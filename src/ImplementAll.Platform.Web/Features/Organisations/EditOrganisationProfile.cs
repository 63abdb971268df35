using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Organisations;

public sealed class EditOrganisationProfile(PlatformDbContext db, AuditTrail audit) : IUseCase
{
    public async Task<Outcome<OrganisationSummary>> HandleAsync(OrganisationProfile request, CancellationToken cancellationToken)
    {
        if (Failure.Validate(request) is { } invalid)
        {
            return invalid;
        }

        var tenantId = db.Tenant.RequiredTenantId;
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Id == tenantId, cancellationToken);
        if (tenant is null)
        {
            return Failure.NotFound("The organisation");
        }

        request.ApplyTo(tenant);
        audit.Record("organisation.profile-edited", tenant.Name);
        await db.SaveChangesAsync(cancellationToken);
        return OrganisationSummary.From(tenant);
    }
}
