#!/usr/bin/env bash
# Runs every test suite, installing what they need first. See README, "Run the tests".
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund
dotnet test BackStrength.sln
