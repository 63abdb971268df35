#!/usr/bin/env bash
# Adds a migration with the same name to both providers' projects, from the one model.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/add-migration.sh MigrationName}"
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  project="src/ImplementAll.Platform.Migrations.$provider"
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done
