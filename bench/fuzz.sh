#!/usr/bin/env bash
# Fuzz drill, long run (issue 11): the test suite's drill (tests/CreditBot.Tests/Robustness/FuzzDrillTests.cs) with more
# requests. A seeded mutator of the real Teams payloads of ../shared/conformance/payloads posts N activities over real
# HTTP to the app (real LiteDB file, demo ledger, FakeBotService with real signed tokens), 8 at a time, and checks: no
# 5xx (501 only for an invoke the bot does not implement), no apology posted, no call to any host but the fake
# Connector, /health green after. Prints the seed, the duration, the count per HTTP status and every finding.
#
# Usage: bench/fuzz.sh [-n 50000] [--seed 20261123]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n=50000 seed=20261123
while [ $# -gt 0 ]; do
  case "$1" in
    -n) n="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done

report="$(mktemp /tmp/creditbot-fuzz.XXXXXX)"
trap 'rm -f "$report"' EXIT
cd "$root"
dotnet build -c Release tests/CreditBot.Tests -v quiet -nologo >/dev/null
started=$(date +%s)
set +e
CREDITBOT_FUZZ_REQUESTS="$n" CREDITBOT_FUZZ_SEED="$seed" CREDITBOT_FUZZ_REPORT="$report" \
  dotnet test tests/CreditBot.Tests -c Release --no-build --nologo -v quiet \
  --filter "FullyQualifiedName~CreditBot.Tests.Robustness.FuzzDrillTests" >"$report.test" 2>&1
result=$?
set -e
cat "$report"
grep -a -E "Passed!|Failed!" "$report.test" || tail -20 "$report.test"
rm -f "$report.test"
echo "wall time with start-up and demo seeding: $(( $(date +%s) - started )) s; exit $result"
exit "$result"
