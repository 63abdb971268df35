using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ImplementAll.Platform.Deployment.Tests.Support;

namespace ImplementAll.Platform.Deployment.Tests;

/// <summary>main.bicep follows the azd conventions that `azd provision` and the hooks rely on.</summary>
[Collection(CompiledInfrastructureCollection.Name)]
public sealed partial class MainTemplateTests(CompiledInfrastructure infra)
{
    private JsonObject Parameters => infra.Main.Template["parameters"]!.AsObject();

    private JsonObject Outputs => infra.Main.Template["outputs"]!.AsObject();

    [Fact]
    public void Deploys_at_subscription_scope_into_an_environment_resource_group()
    {
        Assert.Contains("subscriptionDeploymentTemplate.json", (string?)infra.Main.Template["$schema"]);
        var group = infra.Single("Microsoft.Resources/resourceGroups").Resource;
        Assert.Equal("[format('rg-{0}', parameters('environmentName'))]", (string?)group["name"]);
    }

    [Fact]
    public void Resource_token_is_derived_from_subscription_environment_and_location()
    {
        Assert.Equal(
            "[toLower(uniqueString(subscription().id, parameters('environmentName'), parameters('location')))]",
            (string?)infra.Main.Template["variables"]?["resourceToken"]);
    }

    [Fact]
    public void Takes_the_azd_parameters_with_principal_id_optional()
    {
        Assert.Null(Parameters["environmentName"]!["defaultValue"]);
        Assert.Null(Parameters["location"]!["defaultValue"]);
        Assert.Equal("", (string?)Parameters["principalId"]!["defaultValue"]);
    }

    [Fact]
    public void Outputs_are_upper_snake_case()
    {
        var misnamed = Outputs.Select(o => o.Key).Where(k => !UpperSnake().IsMatch(k)).ToList();

        Assert.Empty(misnamed);
    }

    [Theory]
    [InlineData("AZURE_LOCATION")]
    [InlineData("AZURE_TENANT_ID")]
    [InlineData("AZURE_RESOURCE_GROUP")]
    [InlineData("SERVICE_WEB_NAME")]
    [InlineData("SERVICE_WEB_URI")]
    [InlineData("AZURE_SQL_SERVER_NAME")]
    [InlineData("AZURE_SQL_SERVER_FQDN")]
    [InlineData("AZURE_SQL_DATABASE_NAME")]
    [InlineData("AZURE_STORAGE_BLOB_ENDPOINT")]
    [InlineData("AZURE_SEARCH_ENDPOINT")]
    [InlineData("AZURE_KEY_VAULT_NAME")]
    public void Output_needed_by_azd_or_the_hooks_exists(string name) => Assert.True(Outputs.ContainsKey(name), $"Output {name} is missing.");

    [Fact]
    public void Parameters_file_maps_azd_environment_values_onto_declared_parameters()
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Infra, "main.parameters.json")))!["parameters"]!.AsObject();
        string? Value(string name) => (string?)file[name]?["value"];

        Assert.Equal("${AZURE_ENV_NAME}", Value("environmentName"));
        Assert.Equal("${AZURE_LOCATION}", Value("location"));
        Assert.Equal("${AZURE_PRINCIPAL_ID}", Value("principalId"));
        Assert.Equal("${AZURE_AD_CLIENT_ID=}", Value("azureAdClientId"));
        Assert.Equal("${AZURE_SMTP_HOST}", Value("smtpHost"));
        var undeclared = file.Select(p => p.Key).Where(k => !Parameters.ContainsKey(k)).ToList();
        var requiredButUnset = Parameters.Where(p => p.Value!["defaultValue"] is null && !file.ContainsKey(p.Key)).Select(p => p.Key).ToList();
        Assert.Empty(undeclared);
        Assert.Empty(requiredButUnset);
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")]
    private static partial Regex UpperSnake();
}
