#!/usr/bin/env bash
# Runs every test suite, installing what they need first. See README, "Run the tests".
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund
dotnet test BackStrength.sln
# The cards rendered by the .NET tests above, checked with the official adaptivecards parser.
node --test tests/cards-validation/
