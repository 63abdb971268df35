using System.ComponentModel.DataAnnotations;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Organisations;
using ImplementAll.Platform.Core.People;
using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Web.Features.Audit;
using ImplementAll.Platform.Web.Features.Shared;
using ImplementAll.Platform.Web.Platform.Hosting;
using ImplementAll.Platform.Web.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Organisations;

public sealed class RegisterOrganisationRequest : OrganisationProfile
{
    [Required(ErrorMessage = "Choose a short address for the organisation.")]
    [RegularExpression(Slugs.Pattern, ErrorMessage = Slugs.Message)]
    [Display(Name = "Short address")]
    public string Slug { get; set; } = "";
}

/// <summary>Registers an organisation; the person registering it becomes its first Owner (and a platform user, if they were not one).</summary>
public sealed class RegisterOrganisation(PlatformDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock) : IUseCase
{
    public async Task<Outcome<OrganisationSummary>> HandleAsync(RegisterOrganisationRequest request, CancellationToken cancellationToken)
    {
        request.Slug = request.Slug.Trim().ToLowerInvariant();
        if (Failure.Validate(request) is { } invalid)
        {
            return invalid;
        }

        if (user.Identity is not { } identity)
        {
            return Failure.Forbidden("Sign in to register an organisation.");
        }

        if (await db.Tenants.AnyAsync(t => t.Slug == request.Slug, cancellationToken))
        {
            return SlugTaken(request.Slug);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var owner = user.User ?? db.Users.Add(new User
        {
            Issuer = identity.Issuer,
            Subject = identity.Subject,
            DisplayName = string.IsNullOrWhiteSpace(identity.DisplayName) ? identity.Email : identity.DisplayName,
            Email = identity.Email,
            CreatedAt = now,
        }).Entity;
        var tenant = new Tenant { Name = "", Slug = request.Slug, CountryCode = "", CreatedAt = now };
        request.ApplyTo(tenant);
        db.Tenants.Add(tenant);
        db.Tenant.Set(tenant.Id);
        db.Memberships.Add(new Membership { UserId = owner.Id, Role = TenantRole.Owner, JoinedAt = now });
        audit.Record(owner.Id, owner.DisplayName, "organisation.registered", tenant.Name);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone registered the same address between our check and our save; anything else is a real fault.
            if (await db.Tenants.AsNoTracking().AnyAsync(t => t.Slug == request.Slug && t.Id != tenant.Id, cancellationToken))
            {
                return SlugTaken(request.Slug);
            }

            throw;
        }

        return OrganisationSummary.From(tenant);
    }

    private static Failure SlugTaken(string slug) => new(
        FailureKind.Conflict,
        "Address taken",
        $"Another organisation already uses the address '{slug}'.",
        new Dictionary<string, string[]> { [nameof(RegisterOrganisationRequest.Slug)] = [$"'{slug}' is taken; choose another address."] });
}
