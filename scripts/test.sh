#!/usr/bin/env bash
# Installs what the tests need when it is missing, then runs every test project.
# The last line is the summed summary "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")/.."

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
/usr/bin/python3 -c "import aiosmtpd" 2>/dev/null || need_apt+=(python3-aiosmtpd)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null || { echo "apt-get install failed"; exit 1; }
fi

# npm packages come from the lock file only; reinstall when the lock file changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.installed-lock.json; then
  npm ci --no-audit --no-fund --loglevel=error || { echo "npm ci failed"; exit 1; }
  cp package-lock.json node_modules/.installed-lock.json
fi

dotnet build ImplementAll.Platform.sln -c Release -nologo -v q || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

results=$(mktemp -d)
status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" -c Release --no-build -nologo --logger "trx;LogFileName=$results/$name.trx" || status=1
done

python3 - "$results" tests/*/*.csproj <<'PY'
import os, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for project in sys.argv[2:]:
    path = os.path.join(sys.argv[1], os.path.basename(project)[:-len(".csproj")] + ".trx")
    if not os.path.exists(path):
        # A project that crashed before writing results counts as a failure, not as nothing.
        failed += 1
        continue
    counters = ET.parse(path).getroot().find("{*}ResultSummary/{*}Counters")
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    skipped += int(counters.get("notExecuted", 0))
line = f"{passed} passed, {failed} failed"
print(line + (f", {skipped} skipped" if skipped else ""))
PY
exit $status
