using ImplementAll.Platform.Core.Organisations;

namespace ImplementAll.Platform.Web.Features.Organisations;

public sealed record OrganisationSummary(
    Guid Id, string Name, string Slug, TenantKind Kind, string CountryCode, string? Description, string? Website, Guid? EntraTenantId)
{
    public static OrganisationSummary From(Tenant t) => new(t.Id, t.Name, t.Slug, t.Kind, t.CountryCode, t.Description, t.Website, t.EntraTenantId);
}
