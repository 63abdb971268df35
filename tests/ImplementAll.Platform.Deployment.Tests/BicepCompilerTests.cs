using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ImplementAll.Platform.Deployment.Tests.Support;

namespace ImplementAll.Platform.Deployment.Tests;

/// <summary>The infrastructure compiles offline with no warning: CI treats a Bicep or linter warning as a failure.</summary>
public sealed class BicepCompilerTests
{
    private static IEnumerable<string> BicepFiles() => Directory.EnumerateFiles(Repo.Infra, "*.bicep", SearchOption.AllDirectories);

    [Fact]
    public void Main_template_builds_without_errors_or_warnings()
    {
        var result = Bicep.Build(Repo.MainBicep);

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.True(result.StandardError.Trim().Length == 0, $"bicep build reported diagnostics:\n{result.StandardError}");
        Assert.NotNull(JsonNode.Parse(result.StandardOutput)?["resources"]);
    }

    // Every file, not only main.bicep's graph, so a module's unused parameter cannot hide; the count guards against a pattern matching nothing.
    [Fact]
    public void Linter_reports_nothing_for_any_bicep_file()
    {
        Assert.True(BicepFiles().Count() > 1, "Expected main.bicep and its modules under infra/.");

        var result = Bicep.LintAll("infra/**/*.bicep");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.True((result.StandardOutput + result.StandardError).Trim().Length == 0, $"bicep lint reported:\n{result.Describe()}");
    }

    [Fact]
    public void Modules_are_local_files_because_registries_cannot_be_restored_offline()
    {
        var remote = new Regex(@"^\s*module\s+\w+\s+'(?!\.{0,2}/|modules/)[^']*'", RegexOptions.Multiline);
        var offenders = BicepFiles().Where(f => remote.IsMatch(File.ReadAllText(f))).ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Linter_configuration_only_tightens_rules()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Infra, "bicepconfig.json")))!;
        var rules = config["analyzers"]?["core"]?["rules"]?.AsObject() ?? [];

        Assert.NotEqual(false, (bool?)config["analyzers"]?["core"]?["enabled"]);
        var weakened = rules.Where(r => (string?)r.Value?["level"] is "off" or "none" or "info").Select(r => r.Key).ToList();
        Assert.Empty(weakened);
    }
}
