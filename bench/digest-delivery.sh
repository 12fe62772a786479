#!/usr/bin/env bash
# Digest delivery benchmark (issue 15): a 10 000-client demo store spread over 1 000 business units, 1 000 credit
# managers (one unit each, half in French), the real daily digest run (claim, compose, enqueue in one transaction) and
# the real dispatcher delivering to the loopback FakeBotService enforcing Teams' limits on the real clock. Prints the
# run's time, delivered, duplicated, lost, 429s, wall time, the share of the best schedule at 50 / s, the mean payload
# and the peak working set. About two minutes.
# Usage: bench/digest-delivery.sh [--clients 10000] [--managers 1000] [--Delivery:Key=Value ...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dotnet build -c Release "$root/tests/CreditBot.Benchmarks" -nologo -v q > /dev/null
exec dotnet "$root/tests/CreditBot.Benchmarks/bin/Release/net10.0/CreditBot.Benchmarks.dll" digest-delivery "$@"
