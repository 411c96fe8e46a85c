#!/usr/bin/env bash
# Performance benchmark (issue 10); results and how to read them: docs/benchmark.md.
#
#   bash scripts/benchmark.sh [load options]      the bot on the Memory, SQLite and AzureBlob (Azurite) stores
#                                                 against a bare echo bot, over HTTP, and a Markdown table
#   bash scripts/benchmark.sh --micro [options]   BenchmarkDotNet micro-benchmarks of the hot paths
#
# Load options: --users 32 --duration 30 --warmup 20 --sessions N --cold-starts 3 --stores Memory,Sqlite,AzureBlob
#   --output <file.md>, and --bot-commit <rev> to measure the bot as committed at <rev> (handy while the
#   working tree is mid-change). Extra micro options go to BenchmarkDotNet, e.g. --filter '*Planning*'.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d -t backstrength-benchmark-XXXXXX)
azurite_pid=""
cleanup() {
  if [[ -n "$azurite_pid" ]]; then kill "$azurite_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

build() { dotnet build "$1" -c Release --nologo -v quiet "-clp:ErrorsOnly;NoSummary"; }
benchmarks=tests/BackStrength.Benchmarks
build "$benchmarks"
runner="$root/$benchmarks/bin/Release/net10.0/BackStrength.Benchmarks.dll"

if [[ "${1:-}" == "--micro" ]]; then
  shift
  # Results stay in the output folder below the benchmark project's bin, out of git.
  exec dotnet "$runner" --micro --artifacts "$root/$benchmarks/bin/BenchmarkDotNet.Artifacts" "$@"
fi

bot_source=$root
load_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --bot-commit)
      # A snapshot of that commit, built on its own, with this checkout's npm packages for the chat bundle.
      bot_source=$work/bot-source
      mkdir -p "$bot_source"
      git archive "$2" | tar -x -C "$bot_source"
      ln -s "$root/node_modules" "$bot_source/node_modules"
      shift 2 ;;
    *) load_args+=("$1"); shift ;;
  esac
done

build "$bot_source/src/BackStrength.Bot"
build tests/BackStrength.Benchmarks.EchoBot

# Azurite on a free loopback port, for the AzureBlob run; its published development account only exists locally.
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
mkdir -p "$work/azurite"
node_modules/.bin/azurite-blob --blobHost 127.0.0.1 --blobPort "$port" --location "$work/azurite" --silent --skipApiVersionCheck --loose &
azurite_pid=$!
for _ in $(seq 1 200); do
  (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done
azurite_connection="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$port/devstoreaccount1;"

dotnet "$runner" \
  --bot "$bot_source/src/BackStrength.Bot/bin/Release/net10.0/BackStrength.Bot.dll" \
  --echo "$root/tests/BackStrength.Benchmarks.EchoBot/bin/Release/net10.0/BackStrength.Benchmarks.EchoBot.dll" \
  --azurite "$azurite_connection" \
  --work "$work/run" \
  "${load_args[@]}"
