#!/usr/bin/env pwsh
# azd postprovision hook (Windows twin of postprovision.sh; keep the two in step).
#   1. Entra app registration (multi-tenant sign-in) and AZURE_AD_CLIENT_ID.
#   2. Contained database user for the web app's managed identity.
#   3. Database migrations through the host's explicit `migrate` command.
# Every step reads the current state first, so re-running after a failure or on the next `azd up` is safe.
# azd exports the environment's values (Bicep outputs included) to this process.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function Fail([string] $Message) {
    Write-Error "postprovision: ERROR: $Message" -ErrorAction Continue
    exit 1
}
function Step([string] $Message) { Write-Host "postprovision: $Message" }

# Native commands do not throw on a non-zero exit code; check it after each one that matters.
function Invoke-Checked([scriptblock] $Command, [string] $OnError) {
    $output = & $Command
    if ($LASTEXITCODE -ne 0) { Fail $OnError }
    return $output
}

foreach ($name in 'AZURE_ENV_NAME', 'AZURE_SUBSCRIPTION_ID', 'AZURE_TENANT_ID', 'AZURE_RESOURCE_GROUP', 'SERVICE_WEB_NAME',
    'SERVICE_WEB_URI', 'AZURE_SQL_SERVER_NAME', 'AZURE_SQL_SERVER_FQDN', 'AZURE_SQL_DATABASE_NAME') {
    if ([string]::IsNullOrEmpty([Environment]::GetEnvironmentVariable($name))) {
        Fail "$name is not set. Run this hook through 'azd provision' (or load 'azd env get-values' first)."
    }
}
foreach ($cmd in 'az', 'azd', 'sqlcmd', 'dotnet') {
    if (-not (Get-Command $cmd -ErrorAction SilentlyContinue)) { Fail "'$cmd' is not on PATH. See docs/deployment.md, Prerequisites." }
}
# Only the Go sqlcmd signs in with the Azure CLI's Entra token; the older ODBC sqlcmd has no --version and cannot.
sqlcmd --version *> $null
if ($LASTEXITCODE -ne 0) { Fail "'sqlcmd' is the ODBC variant; install the Go sqlcmd (see docs/deployment.md, Prerequisites)." }

$subscription = $env:AZURE_SUBSCRIPTION_ID
$group = $env:AZURE_RESOURCE_GROUP
$webName = $env:SERVICE_WEB_NAME
# The name is spliced into T-SQL below; Bicep names it app-<token>, so anything else means the environment was tampered with.
if ($webName -notmatch '^[A-Za-z0-9-]{2,60}$') { Fail "SERVICE_WEB_NAME '$webName' is not a valid App Service name." }

$azTenant = az account show --query tenantId -o tsv 2>$null
if ($LASTEXITCODE -ne 0) { Fail "Azure CLI is not signed in. Run 'az login --tenant $($env:AZURE_TENANT_ID)' with the account used for 'azd auth login'." }
if ($azTenant -ne $env:AZURE_TENANT_ID) { Fail "Azure CLI is signed in to tenant $azTenant but the environment is in $($env:AZURE_TENANT_ID). Run 'az login --tenant $($env:AZURE_TENANT_ID)'." }

$repoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$webHost = ([Uri] $env:SERVICE_WEB_URI).Host

# --- 1. Entra app registration -------------------------------------------------------------
function Register-App {
    $displayName = "implementall-platform-$($env:AZURE_ENV_NAME)"
    $clientId = $env:AZURE_AD_CLIENT_ID
    $redirectUris = @("https://$webHost/signin-oidc", "https://$webHost/signout-callback-oidc")

    if ($clientId) {
        az ad app show --id $clientId *> $null
        if ($LASTEXITCODE -ne 0) { Fail "AZURE_AD_CLIENT_ID=$clientId is not an app registration in tenant $($env:AZURE_TENANT_ID). Fix it, or clear it with: azd env set AZURE_AD_CLIENT_ID `"`"" }
    }
    else {
        $clientId = Invoke-Checked { az ad app list --filter "displayName eq '$displayName'" --query '[0].appId' -o tsv } `
            "could not list app registrations in tenant $($env:AZURE_TENANT_ID)."
    }

    if (-not $clientId) {
        Step "creating Entra app registration '$displayName'"
        $clientId = Invoke-Checked {
            az ad app create --display-name $displayName --sign-in-audience AzureADMultipleOrgs `
                --web-redirect-uris @redirectUris --enable-id-token-issuance true --query appId -o tsv
        } "could not create the app registration (your account may lack permission to register applications). Ask an Entra administrator to create it, then run: azd env set AZURE_AD_CLIENT_ID <application id>"
    }
    else {
        # Keep redirect URIs someone added by hand (a custom domain, say); only add ours.
        $existing = @(Invoke-Checked { az ad app show --id $clientId --query 'web.redirectUris[]' -o tsv } "could not read app registration $clientId.")
        $merged = @($existing + $redirectUris | Where-Object { $_ } | Sort-Object -Unique)
        Step "updating redirect URIs of app registration $clientId"
        Invoke-Checked { az ad app update --id $clientId --web-redirect-uris @merged --enable-id-token-issuance true } `
            "could not update app registration $clientId; you must be one of its owners." | Out-Null
    }

    # Without a service principal in the home tenant, its own users cannot sign in until someone consents.
    az ad sp show --id $clientId *> $null
    if ($LASTEXITCODE -ne 0) {
        Invoke-Checked { az ad sp create --id $clientId } "could not create the service principal for $clientId." | Out-Null
    }

    Invoke-Checked { azd env set AZURE_AD_CLIENT_ID $clientId } "could not store AZURE_AD_CLIENT_ID in the azd environment." | Out-Null

    # Bicep ran before the registration existed; set the value now so the first deploy can sign in. The next provision passes it as a parameter.
    $current = Invoke-Checked {
        az webapp config appsettings list --subscription $subscription -g $group -n $webName --query "[?name=='AzureAd__ClientId'].value | [0]" -o tsv
    } "could not read the app settings of $webName."
    if ($current -ne $clientId) {
        Step "setting AzureAd__ClientId on $webName"
        Invoke-Checked {
            az webapp config appsettings set --subscription $subscription -g $group -n $webName --settings "AzureAd__ClientId=$clientId"
        } "could not set AzureAd__ClientId on $webName." | Out-Null
    }
}

if ($env:SKIP_ENTRA_APP_REGISTRATION -eq 'true') {
    Step 'SKIP_ENTRA_APP_REGISTRATION=true: leaving the app registration to an administrator'
}
else {
    Register-App
}

# --- SQL access from this machine ------------------------------------------------------------
# The server admits Azure services only. Open it to this machine's address for the next two steps, and close it again at the end.
$clientIp = $env:AZURE_SQL_CLIENT_IP
if (-not $clientIp) {
    try { $clientIp = (Invoke-RestMethod -Uri 'https://api.ipify.org' -TimeoutSec 10).ToString().Trim() }
    catch { Fail "could not determine this machine's public IP address. Set it with: azd env set AZURE_SQL_CLIENT_IP <address>" }
}
if ($clientIp -notmatch '^\d{1,3}(\.\d{1,3}){3}$') { Fail "'$clientIp' is not an IPv4 address." }

$machine = ([Environment]::MachineName -replace '[^A-Za-z0-9-]', '')
$firewallRule = "azd-postprovision-$($machine.Substring(0, [Math]::Min(40, $machine.Length)))"
Step "opening SQL firewall rule '$firewallRule' for $clientIp"
Invoke-Checked {
    az sql server firewall-rule create --subscription $subscription -g $group -s $env:AZURE_SQL_SERVER_NAME `
        -n $firewallRule --start-ip-address $clientIp --end-ip-address $clientIp
} "could not add a firewall rule to $($env:AZURE_SQL_SERVER_NAME)." | Out-Null

$exitCode = 0
try {
    # --- 2. Database user for the managed identity ------------------------------------------
    # IF NOT EXISTS makes CREATE USER repeatable; ALTER ROLE ... ADD MEMBER is a no-op for an existing member.
    # db_ddladmin lets Hangfire create and upgrade its own schema at start-up.
    $grantSql = @"
IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'$webName')
  CREATE USER [$webName] FROM EXTERNAL PROVIDER;
ALTER ROLE db_datareader ADD MEMBER [$webName];
ALTER ROLE db_datawriter ADD MEMBER [$webName];
ALTER ROLE db_ddladmin ADD MEMBER [$webName];
"@
    Step "granting database access to the managed identity of $webName"
    # A new firewall rule can take a minute to apply, so retry before giving up.
    for ($attempt = 1; ; $attempt++) {
        sqlcmd -S "tcp:$($env:AZURE_SQL_SERVER_FQDN),1433" -d $env:AZURE_SQL_DATABASE_NAME `
            --authentication-method ActiveDirectoryDefault -l 30 -b -Q $grantSql
        if ($LASTEXITCODE -eq 0) { break }
        if ($attempt -ge 6) {
            throw "could not create the database user. Check that you are the server's Entra administrator (AZURE_PRINCIPAL_ID) and that 'sqlcmd' is the Go version (sqlcmd --version)."
        }
        Step "sqlcmd failed (attempt $attempt/6); retrying in 15 s"
        Start-Sleep -Seconds 15
    }

    # --- 3. Migrations -----------------------------------------------------------------------
    # The host checks its whole Azure configuration at start-up, `migrate` included, so it runs with the web app's own settings.
    # --no-launch-profile: launchSettings.json would switch the host to Development (and its local database).
    Step 'applying database migrations'
    $settingsJson = Invoke-Checked { az webapp config appsettings list --subscription $subscription -g $group -n $webName -o json } `
        "could not read the app settings of $webName."
    foreach ($setting in (($settingsJson -join "`n") | ConvertFrom-Json)) {
        if ($setting.name -match '^[A-Za-z_][A-Za-z0-9_]*$') { [Environment]::SetEnvironmentVariable($setting.name, [string] $setting.value) }
    }
    $env:ConnectionStrings__Platform = "Server=tcp:$($env:AZURE_SQL_SERVER_FQDN),1433;Database=$($env:AZURE_SQL_DATABASE_NAME);Authentication=Active Directory Default;Encrypt=True;TrustServerCertificate=False"
    $env:Platform__Face = 'Cloud'
    Push-Location $repoRoot
    try { dotnet run --project src/ImplementAll.Platform.Web --no-launch-profile -- migrate }
    finally { Pop-Location }
    if ($LASTEXITCODE -ne 0) {
        throw "migrations failed; the database is unchanged past the last applied migration. Fix the error above and run 'azd hooks run postprovision'."
    }
    Step 'done'
}
catch {
    Write-Error "postprovision: ERROR: $($_.Exception.Message)" -ErrorAction Continue
    $exitCode = 1
}
finally {
    az sql server firewall-rule delete --subscription $subscription -g $group -s $env:AZURE_SQL_SERVER_NAME -n $firewallRule *> $null
    if ($LASTEXITCODE -ne 0) { Write-Warning "postprovision: remove firewall rule '$firewallRule' from $($env:AZURE_SQL_SERVER_NAME) by hand." }
}
exit $exitCode
