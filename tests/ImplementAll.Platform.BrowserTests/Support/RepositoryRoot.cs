namespace ImplementAll.Platform.BrowserTests.Support;

public static class RepositoryRoot
{
    /// <summary>The folder holding ImplementAll.Platform.sln, found by walking up from the test binaries.</summary>
    public static string Path { get; } = Find();

    public static string AxeScript => System.IO.Path.Combine(Path, "node_modules", "axe-core", "axe.min.js");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ImplementAll.Platform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ImplementAll.Platform.sln above {AppContext.BaseDirectory}.");
    }
}
