#!/usr/bin/env bash
# Stands in for az, azd, sqlcmd, dotnet, curl and sleep when the tests run infra/hooks/postprovision.sh.
# Each call is appended to calls.log; files in FAKE_STATE_DIR hold just enough Azure state to tell a first run from a re-run.
set -euo pipefail
tool="$(basename "$0")"
state="${FAKE_STATE_DIR:?FAKE_STATE_DIR must be set}"
printf '%s %s\n' "$tool" "$*" >> "$state/calls.log"
app_id=11111111-2222-3333-4444-555555555555

# Value that follows an option, e.g. option_value --id "$@".
option_value() { local want="$1"; shift; while [ $# -gt 0 ]; do [ "$1" = "$want" ] && { echo "$2"; return; }; shift; done; }

case "$tool $*" in
  "sleep "*) ;;
  "curl "*) echo 203.0.113.7 ;;
  "az account show"*) echo "${FAKE_AZ_TENANT:-$AZURE_TENANT_ID}" ;;
  "az ad app list"*) cat "$state/app" 2>/dev/null || true ;;
  "az ad app create"*)
    echo "$app_id" > "$state/app"
    shift 2; while [ $# -gt 0 ] && [ "$1" != "--web-redirect-uris" ]; do shift; done; shift
    : > "$state/redirects"; while [ $# -gt 0 ] && [[ "$1" != --* ]]; do echo "$1" >> "$state/redirects"; shift; done
    echo "$app_id" ;;
  "az ad app show"*"redirectUris"*) cat "$state/redirects" ;;
  "az ad app show"*) [ "$(option_value --id "$@")" = "$(cat "$state/app" 2>/dev/null)" ] ;;
  "az ad app update"*)
    shift 2; while [ $# -gt 0 ] && [ "$1" != "--web-redirect-uris" ]; do shift; done; shift
    : > "$state/redirects"; while [ $# -gt 0 ] && [[ "$1" != --* ]]; do echo "$1" >> "$state/redirects"; shift; done ;;
  "az ad sp show"*) [ -f "$state/sp" ] ;;
  "az ad sp create"*) touch "$state/sp" ;;
  "az webapp config appsettings list"*"AzureAd__ClientId"*) cat "$state/client-id-setting" 2>/dev/null || true ;;
  "az webapp config appsettings list"*)
    printf 'ASPNETCORE_ENVIRONMENT\tProduction\nBlobs__ServiceUri\thttps://stabc123.blob.core.windows.net/\n'
    printf 'AzureAd__ClientId\t%s\n' "$(cat "$state/client-id-setting" 2>/dev/null)" ;;
  "az webapp config appsettings set"*) option_value --settings "$@" | sed 's/^AzureAd__ClientId=//' > "$state/client-id-setting" ;;
  "az sql server firewall-rule create"*) option_value -n "$@" > "$state/firewall-rule" ;;
  "az sql server firewall-rule delete"*) rm -f "$state/firewall-rule" ;;
  "azd env set AZURE_AD_CLIENT_ID "*) echo "$4" > "$state/azd-client-id" ;;
  "sqlcmd --version") echo "sqlcmd: 1.8.2" ;;
  "sqlcmd "*)
    [ -f "$state/firewall-rule" ] || { echo "fake sqlcmd: client IP not allowed by the firewall" >&2; exit 1; }
    option_value -Q "$@" >> "$state/sql.log"
    exit "${FAKE_SQLCMD_EXIT:-0}" ;;
  "dotnet run "*)
    [ -f "$state/firewall-rule" ] || { echo "fake dotnet: client IP not allowed by the firewall" >&2; exit 1; }
    printf '%s|%s|%s|%s|%s\n' "$PWD" "${ConnectionStrings__Platform:-}" "${Platform__Face:-}" \
      "${ASPNETCORE_ENVIRONMENT:-}" "${Blobs__ServiceUri:-}" >> "$state/migrate.log"
    exit "${FAKE_MIGRATE_EXIT:-0}" ;;
  *) echo "fake-cli: unexpected call: $tool $*" >&2; exit 97 ;;
esac
