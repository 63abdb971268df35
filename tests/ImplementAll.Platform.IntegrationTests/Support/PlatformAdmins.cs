using ImplementAll.Platform.Core.People;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.IntegrationTests.Support;

public static class PlatformAdmins
{
    /// <summary>Platform roles are granted by operators, not through the API; tests grant them in the database.</summary>
    public static Task PromoteAsync(Api api, TestPerson person, PlatformRoles role = PlatformRoles.PlatformAdmin) =>
        api.InDatabaseAsync(db => db.Users.Where(u => u.Subject == person.ObjectId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.PlatformRoles, role)));
}
