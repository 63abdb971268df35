namespace ImplementAll.Platform.Web.Platform.Hosting;

/// <summary>Refuses configurations that must never run, with a message that names every missing or unsafe setting at once.</summary>
public static class StartupChecks
{
    public static IReadOnlyList<string> Problems(PlatformSetup setup, IConfiguration configuration, IHostEnvironment environment)
    {
        var problems = new List<string>();
        if (!environment.IsProduction())
        {
            return problems;
        }

        if (setup.Identity == IdentityProvider.Local)
        {
            problems.Add("Identity:Provider is Local: the password-less demo sign-in must not run in Production. Use Entra.");
        }

        if (setup.Face != PlatformFace.Cloud)
        {
            return problems;
        }

        void Require(string key, string why)
        {
            if (string.IsNullOrWhiteSpace(configuration[key]))
            {
                problems.Add($"{key} is missing: {why}.");
            }
        }

        Require("ConnectionStrings:Platform", "the Azure SQL connection string (no password: the app uses its managed identity)");
        Require("AzureAd:ClientId", "the Entra app registration's client id");
        Require("AzureAd:TenantId", "'organizations' for multi-tenant sign-in, or one directory id");
        Require("AzureAd:Instance", "normally https://login.microsoftonline.com/");
        Require("Blobs:ServiceUri", "the Blob Storage endpoint");
        Require("Search:Endpoint", "the Azure AI Search endpoint");
        Require("DataProtection:BlobUri", "where several instances share their data-protection keys");
        Require("DataProtection:KeyVaultKeyUri", "the Key Vault key that wraps the data-protection keys");
        if (setup.Mail == Infrastructure.Mail.MailTransport.Smtp)
        {
            Require("Mail:SmtpHost", "the SMTP relay for invitations and reminders");
        }

        return problems;
    }

    public static void Enforce(PlatformSetup setup, IConfiguration configuration, IHostEnvironment environment)
    {
        var problems = Problems(setup, configuration, environment);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                "The platform cannot start with this configuration:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => " - " + p)));
        }
    }
}
