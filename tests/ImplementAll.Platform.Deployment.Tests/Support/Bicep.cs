namespace ImplementAll.Platform.Deployment.Tests.Support;

/// <summary>The Bicep compiler restored from NuGet (Azure.Bicep.CommandLine.linux-x64), run offline.</summary>
internal static class Bicep
{
    public static ProcessResult Build(string bicepFile) =>
        Run(["build", bicepFile, "--stdout"]);

    /// <summary>Lints every file matching a glob relative to the repository root.</summary>
    public static ProcessResult LintAll(string pattern) =>
        Run(["lint", "--pattern", pattern]);

    private static ProcessResult Run(IEnumerable<string> arguments)
    {
        Assert.True(File.Exists(Repo.BicepExecutable), $"Bicep compiler not found at {Repo.BicepExecutable}; restore the test project.");
        return ProcessRunner.Run(Repo.BicepExecutable, arguments);
    }
}
