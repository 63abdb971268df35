using System.Security.Cryptography;

namespace ImplementAll.Platform.Infrastructure.Blobs;

/// <summary>
/// The embedded face should work with no configuration, yet its download links must survive a restart:
/// a random key is made once and kept beside the data it protects.
/// </summary>
internal static class LocalSigningKey
{
    public static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
            writer.Write(Convert.ToBase64String(key));
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process made it first; use theirs so both sign alike.
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
    }
}
