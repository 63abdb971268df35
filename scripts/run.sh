#!/usr/bin/env bash
# Runs the platform's embedded face (SQLite, in-memory jobs, pickup-folder mail, local demo sign-in) with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-5080}"
echo "ImplementAll Platform: http://127.0.0.1:${port} (data in src/ImplementAll.Platform.Web/App_Data)"
exec dotnet run --project src/ImplementAll.Platform.Web -c Release --launch-profile embedded --urls "http://127.0.0.1:${port}"
