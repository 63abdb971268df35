#!/usr/bin/env bash
# Measures process start to the first 200 from /health/ready for the embedded face, on second and later starts
# (the first start creates and seeds the database). Usage: scripts/bench-startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
out=$(mktemp -d)
data=$(mktemp -d)
port=5099
dotnet publish src/ImplementAll.Platform.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out" -nologo -v q >/dev/null

start_once() {
  local begin end
  begin=$(date +%s%N)
  ASPNETCORE_ENVIRONMENT=Development Platform__DataDirectory="$data" Jobs__RunServer=false \
    dotnet "$out/ImplementAll.Platform.Web.dll" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
  local pid=$!
  for _ in $(seq 1 600); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; then break; fi
    sleep 0.01
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - begin) / 1000000 ))
}

echo "first start (creates and seeds the database): $(start_once) ms"
times=()
for _ in $(seq 1 "$runs"); do times+=("$(start_once)"); done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "later starts (n=%d): min %d ms, median %d ms, max %d ms\n", NR, a[1], a[int((NR+1)/2)], a[NR]}'
rm -rf "$out" "$data"
