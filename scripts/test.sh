#!/usr/bin/env bash
# Runs every test suite, installing what they need first (README, "Run the tests"). Safe to run again:
# each install step is skipped when its result is already there.
set -uo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$*"; }

# --- Install ------------------------------------------------------------------------------------------
missing_apt=()
command -v chromium >/dev/null 2>&1 || missing_apt+=(chromium)   # browser tests (Playwright drives Debian's Chromium)
command -v unzip >/dev/null 2>&1 || missing_apt+=(unzip)         # Teams package test reads the zip independently
if [ ${#missing_apt[@]} -gt 0 ]; then
  step "apt-get install ${missing_apt[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing_apt[@]}" || exit 1
fi

step "npm ci"
npm ci --no-audit --no-fund || exit 1

step "dotnet build"
dotnet restore tools/bicep/bicep.csproj --verbosity quiet || exit 1   # the Bicep CLI, for the template tests
dotnet build BackStrength.sln --verbosity quiet || exit 1

# --- Test ---------------------------------------------------------------------------------------------
results=$(mktemp -d)
failed_suites=()

run_suite() { # name, command...
  local name=$1; shift
  step "$name"
  if ! "$@" 2>&1 | tee "$results/$name.log"; then
    failed_suites+=("$name")
  fi
}

run_suite dotnet dotnet test BackStrength.sln --no-build
# The cards the .NET tests rendered, parsed by the official adaptivecards library.
run_suite cards node --test tests/cards-validation/
run_suite deployment node --test tests/deployment/
run_suite directline node --test --test-concurrency=1 tests/directline-protocol/
run_suite browser node --test --test-concurrency=1 tests/browser/

# One closing line over every runner: dotnet's "Passed: N, Failed: N" per project and node's "# pass N".
passed=$(cat "$results"/*.log | sed -nE 's/.*Failed: +([0-9]+), Passed: +([0-9]+),.*/\2/p; s/^# pass ([0-9]+)$/\1/p' | awk '{s+=$1} END {print s+0}')
failed=$(cat "$results"/*.log | sed -nE 's/.*Failed: +([0-9]+), Passed: +([0-9]+),.*/\1/p; s/^# fail ([0-9]+)$/\1/p' | awk '{s+=$1} END {print s+0}')
skipped=$(cat "$results"/*.log | sed -nE 's/.*Skipped: +([0-9]+),.*/\1/p; s/^# skipped ([0-9]+)$/\1/p' | awk '{s+=$1} END {print s+0}')
echo
if [ ${#failed_suites[@]} -gt 0 ]; then
  echo "Failed suites: ${failed_suites[*]}"
  # Name each failing test and its first error lines here, at the end, where a CI log's tail shows them.
  grep -h -A4 -E '^\s+Failed [[:alnum:]_.]+|^not ok |^\s+not ok ' "$results"/*.log | cut -c1-300
fi
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
[ ${#failed_suites[@]} -eq 0 ]
