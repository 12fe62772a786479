#!/usr/bin/env bash
# Kill-and-resume of the outbox (issue 12): runs KillAndResumeTests N times (default 20). Each run: the real
# creditbot delivers 100 messages to a loopback Connector, is killed (SIGKILL) as the 40th send arrives,
# restarts and finishes. Prints each run's line and how often a message in flight at the kill was sent twice.
# Usage: bench/delivery-kill.sh [runs]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-20}"
report="$(mktemp /tmp/creditbot-kill.XXXXXX)"
trap 'rm -f "$report"' EXIT
dotnet build "$root/tests/CreditBot.Tests" -nologo -v q > /dev/null
for i in $(seq 1 "$runs"); do
  CREDITBOT_KILL_REPORT="$report" dotnet test "$root/tests/CreditBot.Tests" --no-build -nologo -v q \
    --filter "FullyQualifiedName~KillAndResumeTests" > /dev/null || { echo "run $i failed"; exit 1; }
done
cat "$report"
awk -F'[ =]' '{ runs++; inflight += $6; twice += $8; if ($8 > 0) bitten++ }
  END { printf "runs %d, in-flight sends received before the kill %d, sent twice %d, runs with a duplicate %d of %d\n", runs, inflight, twice, bitten, runs }' "$report"
