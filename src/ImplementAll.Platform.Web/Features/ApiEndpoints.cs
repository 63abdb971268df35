using System.Text.Json.Serialization;
using ImplementAll.Platform.Web.Features.Administration;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Features.Invitations;
using ImplementAll.Platform.Web.Features.Me;
using ImplementAll.Platform.Web.Features.Members;
using ImplementAll.Platform.Web.Features.Organisations;
using ImplementAll.Platform.Web.Platform.Tenancy;

namespace ImplementAll.Platform.Web.Features;

/// <summary>Composes the REST API: /api/v1 for the caller's own things, /api/v1/tenants/{tenantId} for one organisation's resources.</summary>
public static class ApiEndpoints
{
    public static void MapApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization();
        var tenant = api.MapGroup("/tenants/{tenantId:guid}").WithMetadata(new TenantScopedAttribute());

        MeEndpoints.Map(api);
        OrganisationEndpoints.Map(api, tenant);
        MemberEndpoints.Map(tenant);
        InvitationEndpoints.Map(api, tenant);
        AuditEndpoints.Map(tenant);
        AdministrationEndpoints.Map(api);
        Practices.PracticeEndpoints.Map(api, tenant);
        Practices.Public.PracticeFeed.Map(app);
        Practices.Exchange.ExchangeEndpoints.Map(api, tenant);
        Practices.Attachments.AttachmentEndpoints.Map(app, api, tenant);
        Tailoring.Matching.MatchingEndpoints.Map(api);
        Tailoring.Projects.ProjectEndpoints.Map(tenant);
        Tailoring.Consultation.SurveyEndpoints.MapPublic(api);
    }

    public static void ConfigureApiJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
}
