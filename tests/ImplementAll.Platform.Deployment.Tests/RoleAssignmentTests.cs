using System.Text.RegularExpressions;
using ImplementAll.Platform.Deployment.Tests.Support;

namespace ImplementAll.Platform.Deployment.Tests;

/// <summary>The web app's managed identity gets exactly the data-plane roles it needs, on the resources that need them.</summary>
[Collection(CompiledInfrastructureCollection.Name)]
public sealed partial class RoleAssignmentTests(CompiledInfrastructure infra)
{
    [Theory]
    [InlineData("ba92f5b4-2d11-453d-a403-e96b0029c9fe", "Microsoft.Storage/storageAccounts")] // Storage Blob Data Contributor
    [InlineData("8ebe5a00-799e-43f5-93ac-243d3dce84a7", "Microsoft.Search/searchServices")] // Search Index Data Contributor
    [InlineData("7ca78c08-252a-4471-8644-bb5ff32d4ba0", "Microsoft.Search/searchServices")] // Search Service Contributor
    [InlineData("12338af0-0e69-4776-bea7-57ae8d297424", "Microsoft.KeyVault/vaults")] // Key Vault Crypto User
    [InlineData("4633458b-17de-408a-b874-0445c86b69e6", "Microsoft.KeyVault/vaults")] // Key Vault Secrets User
    public void Web_identity_holds_built_in_role_on_resource(string roleDefinitionGuid, string scopeType)
    {
        var assignment = Assert.Single(Assignments(), a => a.RoleDefinitionId.Contains(roleDefinitionGuid, StringComparison.OrdinalIgnoreCase));

        Assert.Contains($"resourceId('{scopeType}',", assignment.Scope);
        Assert.Contains("subscriptionResourceId('Microsoft.Authorization/roleDefinitions'", assignment.RoleDefinitionId);
        Assert.Equal("ServicePrincipal", assignment.PrincipalType);
        Assert.StartsWith("guid(", assignment.Name);
    }

    [Fact]
    public void Every_role_assignment_targets_the_web_app_identity()
    {
        var assignments = Assignments();

        Assert.Equal(5, assignments.Count);
        Assert.All(assignments, a => Assert.Matches(WebIdentity(), a.PrincipalId));
    }

    [Fact]
    public void Secret_reading_is_granted_only_when_the_smtp_relay_needs_a_password()
    {
        var secretsUser = Assert.Single(Assignments(), a => a.RoleDefinitionId.Contains("4633458b-17de-408a-b874-0445c86b69e6", StringComparison.Ordinal));

        Assert.Equal("(not(empty(parameters('smtpUserName'))))", secretsUser.Condition);
        Assert.All(Assignments().Where(a => a != secretsUser), a => Assert.Null(a.Condition));
    }

    private sealed record Assignment(string Name, string Scope, string PrincipalId, string? PrincipalType, string RoleDefinitionId, string? Condition);

    private List<Assignment> Assignments() =>
        infra.Main.ResourcesOfType("Microsoft.Authorization/roleAssignments")
            .Select(x => new Assignment(
                x.Deployment.Expand(x.Resource["name"]),
                x.Deployment.Expand(x.Resource["scope"]),
                x.Deployment.Expand(x.Resource["properties"]!["principalId"]),
                (string?)x.Resource["properties"]!["principalType"],
                x.Deployment.Expand(x.Resource["properties"]!["roleDefinitionId"]),
                x.Resource["condition"] is { } condition ? x.Deployment.Expand(condition) : null))
            .ToList();

    // After following module parameters and outputs, the value must be the site's own system-assigned identity and nothing else.
    [GeneratedRegex(@"^\(+reference\(resourceId\('Microsoft\.Web/sites', .*\), '[\d-]+', 'full'\)\.identity\.principalId\)+$")]
    private static partial Regex WebIdentity();
}
