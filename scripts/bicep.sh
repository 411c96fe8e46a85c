#!/usr/bin/env bash
# Runs the Bicep CLI that tools/bicep/bicep.csproj downloads from NuGet (restoring it on first use), so the
# templates build without the Azure CLI. Usage: bash scripts/bicep.sh <bicep arguments>, e.g.
#   bash scripts/bicep.sh build deploymentTemplates/main.bicep --outfile deploymentTemplates/azuredeploy.json
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
project="$repo/tools/bicep/bicep.csproj"
version="$(sed -n 's:.*<BicepVersion>\(.*\)</BicepVersion>.*:\1:p' "$project")"
bicep="${NUGET_PACKAGES:-$HOME/.nuget/packages}/azure.bicep.commandline.linux-x64/$version/tools/bicep"

if [[ ! -f "$bicep" ]]; then
  dotnet restore "$project" --verbosity quiet >&2
fi
# NuGet does not keep the executable bit when it extracts a package.
[[ -x "$bicep" ]] || chmod +x "$bicep"
exec "$bicep" "$@"
