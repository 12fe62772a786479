#!/usr/bin/env bash
# Drives CreditBot through the Microsoft 365 Agents Playground with every *.steps.json here.
# Starts the built bot (Release) in its local no-auth mode on a free loopback port, with a
# throwaway store, runs ../shared/tools/playground/drive.mjs, stops the bot.
# Usage: playground/run.sh [--mode api|ui] [--out DIR] [steps files...]
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${CREDITBOT_SHARED:-$ROOT/../shared}"
MODE=api; OUT="$ROOT/artifacts/playground"; FILES=()
while [ $# -gt 0 ]; do
  case "$1" in
    --mode) MODE="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    *) FILES+=("$1"); shift ;;
  esac
done
[ ${#FILES[@]} -eq 0 ] && FILES=("$ROOT"/playground/*.steps.json)
mkdir -p "$OUT"

DLL="$ROOT/src/CreditBot/bin/Release/net10.0/creditbot.dll"
# Always built (incremental, quick when nothing changed): a Release build left from older sources would be run as is.
dotnet build "$ROOT/src/CreditBot" -c Release -nologo -v quiet >/dev/null || { echo "error: build failed" >&2; exit 2; }
[ -f "$DLL" ] || { echo "error: $DLL not built" >&2; exit 2; }

PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
WORK=$(mktemp -d)
BotFramework__DisableAuthentication=true Delivery__Enabled=false Storage__DatabasePath="$WORK/creditbot.db" ASPNETCORE_ENVIRONMENT=Development \
  dotnet "$DLL" --urls "http://127.0.0.1:$PORT" >"$OUT/bot.log" 2>&1 &
BOT=$!
cleanup() { kill "$BOT" 2>/dev/null; wait "$BOT" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  kill -0 "$BOT" 2>/dev/null || { echo "error: the bot stopped at start; see $OUT/bot.log" >&2; tail -n 30 "$OUT/bot.log" >&2; exit 2; }
  sleep 0.5
done

total_passed=0; total_failed=0; status=0
for steps in "${FILES[@]}"; do
  name=$(basename "$steps" .steps.json)
  echo "-- $name ($MODE mode)"
  node "$SHARED/tools/playground/drive.mjs" --mode "$MODE" --endpoint "http://127.0.0.1:$PORT/api/messages" \
    --steps "$steps" --out "$OUT/$name" --quiet 2>&1 | tee "$OUT/$name.log"
  [ "${PIPESTATUS[0]}" -ne 0 ] && status=1
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$OUT/$name.log" | tail -n 1)
  total_passed=$((total_passed + $(sed -nE 's/^([0-9]+) passed.*/\1/p' <<<"$line" | grep . || echo 0)))
  total_failed=$((total_failed + $(sed -nE 's/.* ([0-9]+) failed.*/\1/p' <<<"$line" | grep . || echo 1)))
done
echo "$total_passed passed, $total_failed failed"
exit $status
