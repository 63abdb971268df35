using System.Text.Json.Nodes;
using ImplementAll.Platform.Deployment.Tests.Support;

namespace ImplementAll.Platform.Deployment.Tests;

/// <summary>The resources the platform needs exist in the compiled template and keep their security settings.</summary>
[Collection(CompiledInfrastructureCollection.Name)]
public sealed class InfrastructureResourceTests(CompiledInfrastructure infra)
{
    [Theory]
    [InlineData("Microsoft.Resources/resourceGroups")]
    [InlineData("Microsoft.OperationalInsights/workspaces")]
    [InlineData("Microsoft.Insights/components")]
    [InlineData("Microsoft.KeyVault/vaults")]
    [InlineData("Microsoft.KeyVault/vaults/keys")]
    [InlineData("Microsoft.Web/serverfarms")]
    [InlineData("Microsoft.Web/sites")]
    [InlineData("Microsoft.Sql/servers")]
    [InlineData("Microsoft.Sql/servers/databases")]
    [InlineData("Microsoft.Sql/servers/firewallRules")]
    [InlineData("Microsoft.Storage/storageAccounts")]
    [InlineData("Microsoft.Storage/storageAccounts/blobServices/containers")]
    [InlineData("Microsoft.Search/searchServices")]
    public void Resource_is_declared(string type) => infra.Single(type);

    [Fact]
    public void Every_taggable_resource_carries_the_azd_environment_tag()
    {
        var untagged = infra.Main.AllResources()
            .Where(x => x.Resource["location"] is not null)
            .Where(x => !x.Deployment.Expand(x.Resource["tags"]).Contains("azd-env-name", StringComparison.Ordinal))
            .Select(x => (string?)x.Resource["type"])
            .ToList();

        Assert.Empty(untagged);
    }

    [Fact]
    public void Application_insights_is_workspace_based()
    {
        var (deployment, insights) = infra.Single("Microsoft.Insights/components");

        Assert.Contains("Microsoft.OperationalInsights/workspaces", deployment.Expand(insights["properties"]!["WorkspaceResourceId"]));
    }

    [Fact]
    public void Key_vault_uses_rbac_and_cannot_be_purged()
    {
        var vault = infra.Single("Microsoft.KeyVault/vaults").Resource["properties"]!;

        Assert.True((bool?)vault["enableRbacAuthorization"]);
        Assert.True((bool?)vault["enableSoftDelete"]);
        Assert.True((bool?)vault["enablePurgeProtection"]);
        Assert.Null(vault["accessPolicies"]);
    }

    [Fact]
    public void Data_protection_key_can_wrap_and_unwrap()
    {
        var key = infra.Single("Microsoft.KeyVault/vaults/keys").Resource["properties"]!;

        Assert.Equal("RSA", (string?)key["kty"]);
        Assert.Equal(["wrapKey", "unwrapKey"], key["keyOps"]!.AsArray().Select(o => (string?)o));
    }

    [Fact]
    public void App_service_plan_is_linux_with_two_instances_by_default()
    {
        var (deployment, plan) = infra.Single("Microsoft.Web/serverfarms");

        Assert.True((bool?)plan["properties"]!["reserved"], "Linux plans are 'reserved'.");
        Assert.Equal("(P0v3)", deployment.Expand(plan["sku"]!["name"]));
        Assert.Equal("(parameters('webInstanceCount'))", deployment.Expand(plan["sku"]!["capacity"]));
        Assert.Equal(2, (int?)infra.Main.Template["parameters"]!["webInstanceCount"]!["defaultValue"]);
    }

    [Fact]
    public void Web_app_is_hardened_and_identifies_itself_to_azure_services()
    {
        var (deployment, site) = infra.Single("Microsoft.Web/sites");
        var properties = site["properties"]!;
        var config = properties["siteConfig"]!;

        Assert.Equal("SystemAssigned", (string?)site["identity"]?["type"]);
        Assert.True((bool?)properties["httpsOnly"]);
        Assert.Equal("1.2", (string?)config["minTlsVersion"]);
        Assert.Equal("Disabled", (string?)config["ftpsState"]);
        Assert.True((bool?)config["alwaysOn"]);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.Equal("/health/ready", (string?)config["healthCheckPath"]);
        Assert.Contains("createObject('azd-service-name', 'web')", deployment.Expand(site["tags"]));
    }

    [Fact]
    public void Publishing_with_basic_auth_credentials_is_disabled()
    {
        var policies = infra.Main.ResourcesOfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();

        Assert.Equal(["'ftp'", "'scm'"], policies.Select(p => Last((string)p.Resource["name"]!)).Order());
        Assert.All(policies, p => Assert.False((bool?)p.Resource["properties"]!["allow"]));
    }

    [Fact]
    public void Sql_server_accepts_entra_identities_only()
    {
        var (deployment, server) = infra.Single("Microsoft.Sql/servers");
        var admin = server["properties"]!["administrators"]!;

        Assert.True((bool?)admin["azureADOnlyAuthentication"]);
        Assert.Equal("ActiveDirectory", (string?)admin["administratorType"]);
        // Defaults to the deploying principal (AZURE_PRINCIPAL_ID) unless an administrator group is named.
        Assert.Equal("((if(empty(parameters('sqlAdminObjectId')), parameters('principalId'), parameters('sqlAdminObjectId'))))", deployment.Expand(admin["sid"]));
        Assert.Null(server["properties"]!["administratorLoginPassword"]);
        Assert.Equal("1.2", (string?)server["properties"]!["minimalTlsVersion"]);
    }

    [Fact]
    public void Sql_firewall_admits_azure_services_and_nothing_wider()
    {
        var rules = infra.Main.ResourcesOfType("Microsoft.Sql/servers/firewallRules").Select(r => r.Resource["properties"]!).ToList();

        var rule = Assert.Single(rules);
        Assert.Equal("0.0.0.0", (string?)rule["startIpAddress"]);
        Assert.Equal("0.0.0.0", (string?)rule["endIpAddress"]);
    }

    [Fact]
    public void Storage_account_refuses_public_access_keys_and_old_tls()
    {
        var storage = infra.Single("Microsoft.Storage/storageAccounts").Resource;
        var properties = storage["properties"]!;

        Assert.Equal("StorageV2", (string?)storage["kind"]);
        Assert.False((bool?)properties["allowBlobPublicAccess"]);
        Assert.False((bool?)properties["allowSharedKeyAccess"]);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.True((bool?)properties["supportsHttpsTrafficOnly"]);
    }

    [Fact]
    public void Data_protection_container_is_private()
    {
        var container = infra.Single("Microsoft.Storage/storageAccounts/blobServices/containers").Resource;

        Assert.Equal("'dataprotection'", Last((string)container["name"]!));
        Assert.Equal("None", (string?)container["properties"]!["publicAccess"]);
    }

    [Fact]
    public void Search_service_accepts_role_based_access_only()
    {
        var (deployment, search) = infra.Single("Microsoft.Search/searchServices");
        var properties = search["properties"]!;

        Assert.True((bool?)properties["disableLocalAuth"]);
        Assert.Null(properties["authOptions"]);
        Assert.Equal("(basic)", deployment.Expand(search["sku"]!["name"]));
    }

    // Child names compile to format('{0}/{1}', parent, 'child'); the literal last segment is what matters here.
    private static string Last(string name) => name.TrimEnd(']', ')').Split(", ")[^1];
}
