#!/usr/bin/env bash
# Runs the platform's embedded face (SQLite, in-memory jobs, pickup-folder mail, local demo sign-in) with demo data.
# Published ahead-of-time compiled (ReadyToRun), so later starts take about three seconds on a small machine.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-5080}"
out=artifacts/embedded
dotnet publish src/ImplementAll.Platform.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out" -nologo -v q -clp:ErrorsOnly
echo "ImplementAll Platform: http://127.0.0.1:${port} (data in $(pwd)/App_Data)"
source scripts/host-env.sh
ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Demo}" Platform__DataDirectory="$(pwd)/App_Data" \
  exec dotnet "$out/ImplementAll.Platform.Web.dll" --contentRoot "$(pwd)/$out" --urls "http://127.0.0.1:${port}"
