#!/usr/bin/env bash
# Kill-and-resume of the outbox (issue 12): runs KillAndResumeTests N times (default 20). Each run: the real
# creditbot delivers 100 messages to a loopback Connector, is killed (SIGKILL) as the 40th send arrives,
# restarts and finishes. Prints each run's line and how often a message in flight at the kill was sent twice.
# Usage: bench/delivery-kill.sh [runs]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-20}"
report="$(mktemp /tmp/creditbot-kill.XXXXXX)"
log="$(mktemp /tmp/creditbot-kill-log.XXXXXX)"
trap 'rm -f "$report" "$log"' EXIT
failed=0
dotnet build "$root/tests/CreditBot.Tests" -nologo -v q > /dev/null
for i in $(seq 1 "$runs"); do
  CREDITBOT_KILL_REPORT="$report" dotnet test "$root/tests/CreditBot.Tests" --no-build -nologo -v q \
    --filter "FullyQualifiedName~KillAndResumeTests" > "$log" 2>&1 || {
      # A failed run says why (the assertion and its values) and the others go on.
      echo "run $i failed:"; grep -E -A 12 'Error Message|\[FAIL\]' "$log" | head -40; failed=$((failed + 1)); }
done
cat "$report"
awk -F'[ =]' '{ runs++; inflight += $6; twice += $8; if ($8 > 0) bitten++ }
  END { printf "runs %d, in-flight sends received before the kill %d, sent twice %d, runs with a duplicate %d of %d\n", runs, inflight, twice, bitten, runs }' "$report"
if [ "$failed" -gt 0 ]; then echo "failed runs: $failed of $runs"; exit 1; fi
