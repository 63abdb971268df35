using System.ComponentModel.DataAnnotations;
using ImplementAll.Platform.Core.Organisations;
using ImplementAll.Platform.Web.Features.Shared;

namespace ImplementAll.Platform.Web.Features.Organisations;

/// <summary>The editable profile of an organisation, shared by registration and the settings page.</summary>
public class OrganisationProfile
{
    [Required(ErrorMessage = "Enter the organisation's name.")]
    [StringLength(TenantLimits.NameLength, MinimumLength = 2, ErrorMessage = "The name must be 2 to 120 characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Choose the kind of organisation.")]
    [Display(Name = "Kind of organisation")]
    public TenantKind? Kind { get; set; }

    [Required(ErrorMessage = "Choose a country.")]
    [CountryCode]
    [Display(Name = "Country")]
    public string CountryCode { get; set; } = "";

    [StringLength(TenantLimits.DescriptionLength, ErrorMessage = "The description can be at most 2000 characters.")]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    [Url(ErrorMessage = "Enter a full web address, starting with https://.")]
    [StringLength(TenantLimits.WebsiteLength, ErrorMessage = "The web address can be at most 300 characters.")]
    [Display(Name = "Website")]
    public string? Website { get; set; }

    [Display(Name = "Linked Entra directory (tenant id)")]
    public Guid? EntraTenantId { get; set; }

    public void ApplyTo(Tenant tenant)
    {
        tenant.Name = Name.Trim();
        tenant.Kind = Kind!.Value;
        tenant.CountryCode = CountryCode;
        tenant.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        tenant.Website = string.IsNullOrWhiteSpace(Website) ? null : Website.Trim();
        tenant.EntraTenantId = EntraTenantId;
    }

    public static TProfile From<TProfile>(Tenant tenant)
        where TProfile : OrganisationProfile, new() => new()
    {
        Name = tenant.Name,
        Kind = tenant.Kind,
        CountryCode = tenant.CountryCode,
        Description = tenant.Description,
        Website = tenant.Website,
        EntraTenantId = tenant.EntraTenantId,
    };
}
