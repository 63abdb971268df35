using ImplementAll.Platform.Core.People;

namespace ImplementAll.Platform.Web.Features.Members;

public sealed record MemberView(Guid MembershipId, Guid UserId, string DisplayName, string Email, TenantRole Role, DateTime JoinedAt);
