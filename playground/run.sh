#!/usr/bin/env bash
# Drives CreditBot through the Microsoft 365 Agents Playground with every *.steps.json here.
# Starts the built bot (Release) in its local no-auth mode on a free loopback port, with a
# throwaway store, runs ../shared/tools/playground/drive.mjs, stops the bot.
# A folder here is a scenario played by several people against one bot with proactive delivery on:
# its *.steps.json run in name order, each as the user of the NAME.yml beside it (a playground
# configuration; without one, the playground's own user Alex Wilber).
# Usage: playground/run.sh [--mode api|ui] [--out DIR] [steps files or scenario folders...]
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${CREDITBOT_SHARED:-$ROOT/../shared}"
MODE=api; OUT="$ROOT/artifacts/playground"; FILES=()
while [ $# -gt 0 ]; do
  case "$1" in
    --mode) MODE="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    *) FILES+=("${1%/}"); shift ;;
  esac
done
[ ${#FILES[@]} -eq 0 ] && FILES=("$ROOT"/playground/*.steps.json "$ROOT"/playground/*/)
mkdir -p "$OUT"

DLL="$ROOT/src/CreditBot/bin/Release/net10.0/creditbot.dll"
# Always built (incremental, quick when nothing changed): a Release build left from older sources would be run as is.
dotnet build "$ROOT/src/CreditBot" -c Release -nologo -v quiet >/dev/null || { echo "error: build failed" >&2; exit 2; }
[ -f "$DLL" ] || { echo "error: $DLL not built" >&2; exit 2; }

start_bot() { # $1: store folder; further arguments: settings as environment assignments
  local work="$1"; shift
  PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  env BotFramework__DisableAuthentication=true Storage__DatabasePath="$work/creditbot.db" ASPNETCORE_ENVIRONMENT=Development "$@" \
    dotnet "$DLL" --urls "http://127.0.0.1:$PORT" >>"$OUT/bot.log" 2>&1 &
  BOT=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && return 0
    kill -0 "$BOT" 2>/dev/null || { echo "error: the bot stopped at start; see $OUT/bot.log" >&2; tail -n 30 "$OUT/bot.log" >&2; exit 2; }
    sleep 0.5
  done
}
stop_bot() { kill "$BOT" 2>/dev/null; wait "$BOT" 2>/dev/null; BOT=; }
WORK=$(mktemp -d); BOT=
cleanup() { [ -n "$BOT" ] && stop_bot; rm -rf "$WORK"; }
trap cleanup EXIT

total_passed=0; total_failed=0; status=0
drive() { # $1: steps file, $2: output folder
  local steps="$1" out="$2" config="${1%.steps.json}.yml"
  mkdir -p "$out"
  rm -f "$out/.m365agentsplayground.yml"
  [ -f "$config" ] && cp "$config" "$out/.m365agentsplayground.yml"
  node "$SHARED/tools/playground/drive.mjs" --mode "$MODE" --endpoint "http://127.0.0.1:$PORT/api/messages" \
    --steps "$steps" --out "$out" --quiet 2>&1 | tee "$out.log"
  [ "${PIPESTATUS[0]}" -ne 0 ] && status=1
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$out.log" | tail -n 1)
  total_passed=$((total_passed + $(sed -nE 's/^([0-9]+) passed.*/\1/p' <<<"$line" | grep . || echo 0)))
  total_failed=$((total_failed + $(sed -nE 's/.* ([0-9]+) failed.*/\1/p' <<<"$line" | grep . || echo 1)))
}

# Single-person files share one bot; proactive delivery is off (the playground knows its own user only).
singles=(); scenarios=()
for f in "${FILES[@]}"; do [ -d "$f" ] && scenarios+=("$f") || singles+=("$f"); done
if [ ${#singles[@]} -gt 0 ]; then
  mkdir -p "$WORK/singles"; start_bot "$WORK/singles" Delivery__Enabled=false
  for steps in "${singles[@]}"; do
    name=$(basename "$steps" .steps.json)
    echo "-- $name ($MODE mode)"
    drive "$steps" "$OUT/$name"
  done
  stop_bot
fi

# Scenarios: a fresh bot each, delivery on, messages waiting for a person looked at every second.
for dir in "${scenarios[@]}"; do
  scenario=$(basename "$dir")
  mkdir -p "$WORK/$scenario"; start_bot "$WORK/$scenario" Delivery__WaitingRecheck=00:00:01
  for steps in "$dir"/*.steps.json; do
    name=$(basename "$steps" .steps.json)
    echo "-- $scenario/$name ($MODE mode)"
    drive "$steps" "$OUT/$scenario/$name"
  done
  stop_bot
done
echo "$total_passed passed, $total_failed failed"
exit $status
