namespace ImplementAll.Platform.Deployment.Tests.Support;

/// <summary>Compiles infra/main.bicep once for every test that inspects the resulting ARM template.</summary>
public sealed class CompiledInfrastructure
{
    public CompiledInfrastructure()
    {
        Build = Bicep.Build(Repo.MainBicep);
        Json = Build.StandardOutput;
        Main = Build.ExitCode == 0
            ? ArmDeployment.Parse(Json)
            : throw new InvalidOperationException($"bicep build failed: {Build.Describe()}");
    }

    internal ProcessResult Build { get; }

    internal string Json { get; }

    internal ArmDeployment Main { get; }

    internal (ArmDeployment Deployment, System.Text.Json.Nodes.JsonObject Resource) Single(string type)
    {
        var matches = Main.ResourcesOfType(type).ToList();
        Assert.True(matches.Count == 1, $"Expected exactly one {type}, found {matches.Count}.");
        return matches[0];
    }
}

[CollectionDefinition(Name)]
public sealed class CompiledInfrastructureCollection : ICollectionFixture<CompiledInfrastructure>
{
    public const string Name = "compiled infrastructure";
}
