using System.Runtime.Versioning;

// The Bicep compiler comes from the linux-x64 NuGet package and the hooks are run with bash, so these tests are Linux-only.
[assembly: SupportedOSPlatform("linux")]
