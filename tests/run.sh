#!/usr/bin/env bash
# Runs every CreditBot test from a fresh clone: installs what the tests need (the shared tools'
# Node packages, Debian's Chromium for the official card renderer), builds, runs the .NET test
# projects, then drives the bot through the Microsoft 365 Agents Playground (api mode).
# Ends with one summary line: "Tests: N passed, M failed, K skipped".
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${CREDITBOT_SHARED:-$ROOT/../shared}"
OUT="$ROOT/artifacts/tests"
rm -rf "$OUT" && mkdir -p "$OUT"

step() { printf '\n== %s\n' "$*"; }

if [ ! -d "$SHARED/tools" ]; then
  echo "error: the shared folder was not found at $SHARED (set CREDITBOT_SHARED)" >&2
  exit 2
fi

step "Installing test tools"
if ! command -v chromium >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
    || { echo "error: could not install chromium (needed by tools/cards/render.mjs)" >&2; exit 2; }
fi
for tool in cards playground; do
  if [ ! -d "$SHARED/tools/$tool/node_modules" ]; then
    (cd "$SHARED/tools/$tool" && npm ci --no-audit --no-fund --loglevel=error) \
      || { echo "error: npm ci failed in $SHARED/tools/$tool" >&2; exit 2; }
  fi
done

step "Building (Release)"
dotnet build "$ROOT/CreditBot.sln" -c Release -nologo -v quiet 2>&1 | tail -n 20
if [ "${PIPESTATUS[0]}" -ne 0 ]; then echo "error: build failed" >&2; echo "Tests: 0 passed, 1 failed"; exit 1; fi

passed=0; failed=0; skipped=0

step "Unit, integration and end-to-end tests"
dotnet test "$ROOT/CreditBot.sln" -c Release --no-build -nologo 2>&1 | tee "$OUT/dotnet-test.log"
test_status=${PIPESTATUS[0]}
while IFS= read -r line; do
  p=$(sed -nE 's/.*Passed: *([0-9]+).*/\1/p' <<<"$line"); f=$(sed -nE 's/.*Failed: *([0-9]+).*/\1/p' <<<"$line"); s=$(sed -nE 's/.*Skipped: *([0-9]+).*/\1/p' <<<"$line")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${s:-0}))
done < <(grep -E '^(Passed|Failed)! +- +Failed:' "$OUT/dotnet-test.log")
if [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi

step "Agents Playground conversations (api mode)"
"$ROOT/playground/run.sh" --mode api --out "$OUT/playground" 2>&1 | tee "$OUT/playground.log"
pg_status=${PIPESTATUS[0]}
pg_line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$OUT/playground.log" | tail -n 1)
pg_passed=$(sed -nE 's/^([0-9]+) passed.*/\1/p' <<<"$pg_line"); pg_failed=$(sed -nE 's/.* ([0-9]+) failed.*/\1/p' <<<"$pg_line")
passed=$((passed + ${pg_passed:-0})); failed=$((failed + ${pg_failed:-0}))
if [ "$pg_status" -ne 0 ] && [ "${pg_failed:-0}" -eq 0 ]; then failed=$((failed + 1)); fi

echo
echo "Tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
