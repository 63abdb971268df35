#!/usr/bin/env bash
# azd postprovision hook: the steps Bicep cannot express.
#   1. Entra app registration (multi-tenant sign-in) and AZURE_AD_CLIENT_ID.
#   2. Contained database user for the web app's managed identity.
#   3. Database migrations through the host's explicit `migrate` command.
# Every step reads the current state first, so re-running after a failure or on the next `azd up` is safe.
# azd exports the environment's values (Bicep outputs included) to this process.
set -euo pipefail

fail() { echo "postprovision: ERROR: $*" >&2; exit 1; }
step() { echo "postprovision: $*"; }

for name in AZURE_ENV_NAME AZURE_SUBSCRIPTION_ID AZURE_TENANT_ID AZURE_RESOURCE_GROUP SERVICE_WEB_NAME SERVICE_WEB_URI \
  AZURE_SQL_SERVER_NAME AZURE_SQL_SERVER_FQDN AZURE_SQL_DATABASE_NAME; do
  [ -n "${!name:-}" ] || fail "$name is not set. Run this hook through 'azd provision' (or export 'azd env get-values' first)."
done
for cmd in az azd sqlcmd dotnet curl; do
  command -v "$cmd" >/dev/null 2>&1 || fail "'$cmd' is not on PATH. See docs/deployment.md, Prerequisites."
done
# Only the Go sqlcmd signs in with the Azure CLI's Entra token; the older ODBC sqlcmd has no --version and cannot.
sqlcmd --version >/dev/null 2>&1 || fail "'sqlcmd' is the ODBC variant; install the Go sqlcmd (see docs/deployment.md, Prerequisites)."

# The name is spliced into T-SQL below; Bicep names it app-<token>, so anything else means the environment was tampered with.
[[ "$SERVICE_WEB_NAME" =~ ^[A-Za-z0-9-]{2,60}$ ]] || fail "SERVICE_WEB_NAME '$SERVICE_WEB_NAME' is not a valid App Service name."

az_tenant="$(az account show --query tenantId -o tsv 2>/dev/null)" \
  || fail "Azure CLI is not signed in. Run 'az login --tenant $AZURE_TENANT_ID' with the account used for 'azd auth login'."
[ "$az_tenant" = "$AZURE_TENANT_ID" ] \
  || fail "Azure CLI is signed in to tenant $az_tenant but the environment is in $AZURE_TENANT_ID. Run 'az login --tenant $AZURE_TENANT_ID'."

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
web_host="${SERVICE_WEB_URI#https://}"
web_host="${web_host%%/*}"

# --- 1. Entra app registration -------------------------------------------------------------
register_app() {
  local display_name="implementall-platform-${AZURE_ENV_NAME}"
  local client_id="${AZURE_AD_CLIENT_ID:-}"
  local redirect_uris=("https://${web_host}/signin-oidc" "https://${web_host}/signout-callback-oidc")

  if [ -n "$client_id" ]; then
    az ad app show --id "$client_id" >/dev/null 2>&1 \
      || fail "AZURE_AD_CLIENT_ID=$client_id is not an app registration in tenant $AZURE_TENANT_ID. Fix it, or clear it with: azd env set AZURE_AD_CLIENT_ID \"\""
  else
    client_id="$(az ad app list --filter "displayName eq '${display_name}'" --query '[0].appId' -o tsv)" \
      || fail "could not list app registrations in tenant $AZURE_TENANT_ID."
  fi

  if [ -z "$client_id" ]; then
    step "creating Entra app registration '${display_name}'"
    client_id="$(az ad app create --display-name "$display_name" --sign-in-audience AzureADMultipleOrgs \
      --web-redirect-uris "${redirect_uris[@]}" --enable-id-token-issuance true --query appId -o tsv)" \
      || fail "could not create the app registration (your account may lack permission to register applications). Ask an Entra administrator to create it, then run: azd env set AZURE_AD_CLIENT_ID <application id>"
  else
    # Keep redirect URIs someone added by hand (a custom domain, say); only add ours.
    local merged
    merged="$( { az ad app show --id "$client_id" --query 'web.redirectUris[]' -o tsv; printf '%s\n' "${redirect_uris[@]}"; } | sed '/^$/d' | sort -u)" \
      || fail "could not read app registration ${client_id}."
    step "updating redirect URIs of app registration ${client_id}"
    # shellcheck disable=SC2086 # one URI per word is intended; URIs contain no spaces
    az ad app update --id "$client_id" --web-redirect-uris $merged --enable-id-token-issuance true \
      || fail "could not update app registration ${client_id}; you must be one of its owners."
  fi

  # Without a service principal in the home tenant, its own users cannot sign in until someone consents.
  az ad sp show --id "$client_id" >/dev/null 2>&1 || az ad sp create --id "$client_id" >/dev/null \
    || fail "could not create the service principal for ${client_id}."

  azd env set AZURE_AD_CLIENT_ID "$client_id"

  # Bicep ran before the registration existed; set the value now so the first deploy can sign in. The next provision passes it as a parameter.
  local current
  current="$(az webapp config appsettings list --subscription "$AZURE_SUBSCRIPTION_ID" -g "$AZURE_RESOURCE_GROUP" -n "$SERVICE_WEB_NAME" \
    --query "[?name=='AzureAd__ClientId'].value | [0]" -o tsv)"
  if [ "$current" != "$client_id" ]; then
    step "setting AzureAd__ClientId on ${SERVICE_WEB_NAME}"
    az webapp config appsettings set --subscription "$AZURE_SUBSCRIPTION_ID" -g "$AZURE_RESOURCE_GROUP" -n "$SERVICE_WEB_NAME" \
      --settings "AzureAd__ClientId=${client_id}" >/dev/null
  fi
}

if [ "${SKIP_ENTRA_APP_REGISTRATION:-false}" = "true" ]; then
  step "SKIP_ENTRA_APP_REGISTRATION=true: leaving the app registration to an administrator"
else
  register_app
fi

# --- SQL access from this machine ------------------------------------------------------------
# The server admits Azure services only. Open it to this machine's address for the next two steps, and close it again on exit.
client_ip="${AZURE_SQL_CLIENT_IP:-}"
if [ -z "$client_ip" ]; then
  client_ip="$(curl -fsS --max-time 10 https://api.ipify.org)" \
    || fail "could not determine this machine's public IP address. Set it with: azd env set AZURE_SQL_CLIENT_IP <address>"
fi
[[ "$client_ip" =~ ^[0-9]{1,3}(\.[0-9]{1,3}){3}$ ]] || fail "'$client_ip' is not an IPv4 address."

firewall_rule="azd-postprovision-$(printf '%s' "${HOSTNAME:-local}" | tr -cd 'A-Za-z0-9-' | cut -c1-40)"
close_firewall() {
  az sql server firewall-rule delete --subscription "$AZURE_SUBSCRIPTION_ID" -g "$AZURE_RESOURCE_GROUP" -s "$AZURE_SQL_SERVER_NAME" \
    -n "$firewall_rule" >/dev/null 2>&1 \
    || echo "postprovision: WARNING: remove firewall rule '$firewall_rule' from $AZURE_SQL_SERVER_NAME by hand." >&2
}
step "opening SQL firewall rule '${firewall_rule}' for ${client_ip}"
az sql server firewall-rule create --subscription "$AZURE_SUBSCRIPTION_ID" -g "$AZURE_RESOURCE_GROUP" -s "$AZURE_SQL_SERVER_NAME" \
  -n "$firewall_rule" --start-ip-address "$client_ip" --end-ip-address "$client_ip" >/dev/null \
  || fail "could not add a firewall rule to $AZURE_SQL_SERVER_NAME."
trap close_firewall EXIT

# --- 2. Database user for the managed identity ----------------------------------------------
# IF NOT EXISTS makes CREATE USER repeatable; ALTER ROLE ... ADD MEMBER is a no-op for an existing member.
# db_ddladmin lets Hangfire create and upgrade its own schema at start-up.
grant_sql="
IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'${SERVICE_WEB_NAME}')
  CREATE USER [${SERVICE_WEB_NAME}] FROM EXTERNAL PROVIDER;
ALTER ROLE db_datareader ADD MEMBER [${SERVICE_WEB_NAME}];
ALTER ROLE db_datawriter ADD MEMBER [${SERVICE_WEB_NAME}];
ALTER ROLE db_ddladmin ADD MEMBER [${SERVICE_WEB_NAME}];"

step "granting database access to the managed identity of ${SERVICE_WEB_NAME}"
# A new firewall rule can take a minute to apply, so retry before giving up.
attempt=1
until sqlcmd -S "tcp:${AZURE_SQL_SERVER_FQDN},1433" -d "$AZURE_SQL_DATABASE_NAME" \
  --authentication-method ActiveDirectoryDefault -l 30 -b -Q "$grant_sql"; do
  [ "$attempt" -lt 6 ] || fail "could not create the database user. Check that you are the server's Entra administrator (AZURE_PRINCIPAL_ID) and that 'sqlcmd' is the Go version (sqlcmd --version)."
  step "sqlcmd failed (attempt ${attempt}/6); retrying in 15 s"
  attempt=$((attempt + 1))
  sleep 15
done

# --- 3. Migrations ---------------------------------------------------------------------------
# The host checks its whole Azure configuration at start-up, `migrate` included, so it runs with the web app's own settings.
# --no-launch-profile: launchSettings.json would switch the host to Development (and its local database).
step "applying database migrations"
app_settings="$(az webapp config appsettings list --subscription "$AZURE_SUBSCRIPTION_ID" -g "$AZURE_RESOURCE_GROUP" -n "$SERVICE_WEB_NAME" \
  --query '[].[name, value]' -o tsv)" || fail "could not read the app settings of $SERVICE_WEB_NAME."
(
  cd "$repo_root"
  while IFS=$'\t' read -r name value; do
    if [[ "$name" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then export "$name=$value"; fi
  done <<< "$app_settings"
  export ConnectionStrings__Platform="Server=tcp:${AZURE_SQL_SERVER_FQDN},1433;Database=${AZURE_SQL_DATABASE_NAME};Authentication=Active Directory Default;Encrypt=True;TrustServerCertificate=False"
  export Platform__Face=Cloud
  dotnet run --project src/ImplementAll.Platform.Web --no-launch-profile -- migrate
) || fail "migrations failed; the database is unchanged past the last applied migration. Fix the error above and run 'azd hooks run postprovision'."

step "done"
