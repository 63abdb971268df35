namespace ImplementAll.Platform.Web.Features.Shared;

public static class Slugs
{
    /// <summary>3 to 48 lower-case letters, digits and inner hyphens: safe in a URL path and unambiguous to read aloud.</summary>
    public const string Pattern = "^[a-z0-9][a-z0-9-]{1,46}[a-z0-9]$";

    public const string Message = "Use 3 to 48 lower-case letters, digits and hyphens, starting and ending with a letter or digit.";
}
