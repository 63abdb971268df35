using ImplementAll.Platform.Deployment.Tests.Support;

namespace ImplementAll.Platform.Deployment.Tests;

/// <summary>azure.yaml points azd at a deployable project and at hook scripts that exist.</summary>
public sealed class AzureYamlTests
{
    private readonly IReadOnlyDictionary<string, string> _yaml = SimpleYaml.Parse(File.ReadAllText(Repo.PathOf("azure.yaml")));

    [Fact]
    public void Names_the_project_and_its_single_web_service()
    {
        Assert.Equal("implementall-platform", _yaml["name"]);
        var services = _yaml.Keys.Where(k => k.StartsWith("services.", StringComparison.Ordinal)).Select(k => k.Split('.')[1]).Distinct();
        Assert.Equal(["web"], services);
        Assert.Equal("dotnet", _yaml["services.web.language"]);
        Assert.Equal("appservice", _yaml["services.web.host"]);
    }

    [Fact]
    public void Web_service_folder_holds_exactly_one_project_and_no_solution()
    {
        Assert.Equal("./src/ImplementAll.Platform.Web", _yaml["services.web.project"]);
        var folder = Repo.PathOf(_yaml["services.web.project"]);

        Assert.True(Directory.Exists(folder), $"{folder} does not exist.");
        Assert.Single(Directory.EnumerateFiles(folder, "*.csproj"));
        Assert.Empty(Directory.EnumerateFiles(folder, "*.sln"));
        Assert.Empty(Directory.EnumerateFiles(folder, "*.slnx"));
    }

    [Theory]
    [InlineData("posix", "sh", ".sh")]
    [InlineData("windows", "pwsh", ".ps1")]
    public void Postprovision_hook_runs_an_existing_script(string platform, string shell, string extension)
    {
        Assert.Equal(shell, _yaml[$"hooks.postprovision.{platform}.shell"]);
        var script = _yaml[$"hooks.postprovision.{platform}.run"];

        Assert.EndsWith(extension, script);
        Assert.True(File.Exists(Repo.PathOf(script)), $"{script} does not exist.");
        Assert.Equal("false", _yaml[$"hooks.postprovision.{platform}.continueOnError"]);
    }

    [Fact]
    public void Infrastructure_is_bicep_in_the_infra_folder() =>
        Assert.Equal(("bicep", "infra", "main"), (_yaml["infra.provider"], _yaml["infra.path"], _yaml["infra.module"]));
}
