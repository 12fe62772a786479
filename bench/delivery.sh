#!/usr/bin/env bash
# Delivery benchmark (issue 12): the real outbox and dispatcher, in the app as it serves (local mode, a LiteDB file
# on disk), against the loopback FakeBotService enforcing Teams' limits (429 with Retry-After beyond them) on the
# real clock. 1 000 messages to 1 000 conversations, then 200 to one conversation: delivered, duplicated, lost,
# 429s, wall time and the delivered rate as a share of the allowed rate (goal >= 90 %). About 2 minutes.
# Usage: bench/delivery.sh [--recipients 1000] [--one 200] [--only many|one] [--unlimited] [--Delivery:Key=Value ...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dotnet build -c Release "$root/tests/CreditBot.Benchmarks" -nologo -v q > /dev/null
exec dotnet "$root/tests/CreditBot.Benchmarks/bin/Release/net10.0/CreditBot.Benchmarks.dll" delivery "$@"
