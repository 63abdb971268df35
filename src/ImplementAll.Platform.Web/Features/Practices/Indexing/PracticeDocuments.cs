using ImplementAll.Platform.Core.Search;
using ImplementAll.Platform.Web.Features.Reference;
using ImplementAll.Platform.Web.Features.Shared;

namespace ImplementAll.Platform.Web.Features.Practices;

/// <summary>Turns a published practice into what the search index holds.</summary>
public sealed class PracticeDocuments(ReferenceCatalogue catalogue)
{
    public PracticeDocument From(PracticeView view) => new()
    {
        Id = view.Id,
        OwnerTenantId = view.OwnerTenantId,
        OwnerName = view.OwnerName,
        Title = view.Title,
        Summary = view.Summary,
        Body = string.Join("\n", new[] { SafeMarkdown.ToText(view.Description), view.TransferabilityNotes ?? "" }
            .Concat(view.HealthDomains).Concat(view.Tags).Concat(view.Interoperability)),
        TextLanguage = view.TextLanguage,
        Type = view.Type.ToString(),
        Countries = view.CountriesOfOrigin.Concat(view.CountriesOfDeployment).Concat(view.Deployments.Select(d => d.CountryCode)).Distinct().ToList(),
        Trl = view.Trl,
        Stage = view.Stage,
        StageOrder = StageOrder(view.Stage),
        WhoCodes = catalogue.Enabled(ReferenceCatalogue.WhoInterventions) is null ? [] : view.WhoCodes,
        TargetGroups = view.TargetGroups,
        CareSettings = view.CareSettings,
        Languages = view.Languages,
        EvidenceTypes = view.Evidence.Select(e => e.Type!.Value.ToString()).Distinct().ToList(),
        PublishedAt = view.PublishedAt ?? view.UpdatedAt,
    };

    private int StageOrder(string stage) =>
        catalogue.Find(ReferenceCatalogue.Stages)?.Find(stage)?.Raw.TryGetProperty("order", out var order) == true ? order.GetInt32() : 0;
}
