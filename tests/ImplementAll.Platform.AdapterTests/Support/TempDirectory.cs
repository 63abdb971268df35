namespace ImplementAll.Platform.AdapterTests.Support;

internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("implementall-adapters-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    /// <summary>The checkout the tests run from, to find tools installed there (node_modules).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ImplementAll.Platform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ImplementAll.Platform.sln above {AppContext.BaseDirectory}.");
    }
}
