#!/usr/bin/env bash
# Builds the Teams app package (manifest.json + icons, zipped) for a deployed or tunnelled bot. Needs Node 20
# and the repo's node modules (npm ci). Run with --help for the options; docs/deployment.md shows the steps.
set -euo pipefail
exec node "$(dirname "$0")/../tools/teams-package/build-package.mjs" "$@"
