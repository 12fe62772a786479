#!/usr/bin/env bash
# Question benchmark (issue 6): on a generated 10 000-client store,
#  1. server time per question in process (tests/CreditBot.Benchmarks `questions`): p50/p95/p99 per kind, RSS;
#  2. a load run: load.mjs -c 16 against CreditBot in local mode answering "<text> <i>" (load.mjs appends the
#     request number), once per log level, then bench-peer.sh (the botbuilder echo bot) with the same
#     -n -c --warmup, one after the other on the same machine, and the ratio of requests per second.
#  3. the same load.mjs run against bench/null-bot.mjs (one short reply, no work): the most load.mjs drives here.
# Goal: CreditBot >= 1.5x the peer's req/s with p99 <= 50 ms.
#
# Usage: bench/questions.sh [-n 3000] [-c 16] [--warmup 300] [--text "encours ACME Industrie"]
#                           [--levels "Information Warning"] [--db PATH] [--skip-inprocess] [--repeat 1]
#   --db PATH: reuse (or create there) the imported store instead of a temporary one (the import takes ~1.5 min).
#   --repeat R: alternate CreditBot and peer runs R times (the machine is shared: look at the spread).
#   --bin DIR: run the CreditBot build in DIR (e.g. a patched copy) instead of this tree's Release output.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
peer="$(cd "$root/../shared/tools/peer-bot" && pwd)"
n=3000 c=16 warmup=300 text="encours ACME Industrie" levels="Information Warning" db="" inprocess=1 repeat=1 bin=""
while [ $# -gt 0 ]; do
  case "$1" in
    -n) n="$2"; shift 2 ;;
    -c) c="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --text) text="$2"; shift 2 ;;
    --levels) levels="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    --skip-inprocess) inprocess=0; shift ;;
    --repeat) repeat="$2"; shift 2 ;;
    --bin) bin="$(cd "$2" && pwd)"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done

work="$(mktemp -d /tmp/creditbot-qbench.XXXXXX)"
bot_pid=""
cleanup() {
  if [ -n "$bot_pid" ]; then kill "$bot_pid" 2>/dev/null || true; wait "$bot_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== build (Release)"
dotnet build "$root/tests/CreditBot.Benchmarks" -c Release -nologo -v q > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
[ -n "$bin" ] || bin="$root/src/CreditBot/bin/Release/net10.0"
[ -d "$peer/node_modules" ] || (cd "$peer" && npm ci --no-audit --no-fund > "$work/npm.log" 2>&1) || { cat "$work/npm.log"; exit 1; }

as_of="2026-11-23"
[ -n "$db" ] || db="$work/questions.db"
if [ ! -f "$db" ]; then
  echo "== generate + import 10 000 clients (seed 1, as of $as_of) into $db"
  (cd "$bin" && ./creditbot demo --clients 10000 --seed 1 --as-of "$as_of" --out "$work/demo" --import --db "$db" > "$work/import.log" 2>&1) \
    || { cat "$work/import.log"; exit 1; }
  grep -E 'checksum|customers' "$work/import.log" || true
  rm -rf "$work/demo"
fi

if [ "$inprocess" = 1 ]; then
  echo "== in process: server time per question"
  cp "$db" "$work/inprocess.db"
  dotnet "$root/tests/CreditBot.Benchmarks/bin/Release/net10.0/CreditBot.Benchmarks.dll" questions --db "$work/inprocess.db" \
    --load-text "$text" --load-count $((n + warmup))
  rm -f "$work/inprocess.db"
fi

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

# Starts CreditBot in local mode (no authentication, loopback) with the given default log level; sets bot_pid, port.
start_bot() {
  port="$(free_port)"
  (cd "$bin" && ASPNETCORE_ENVIRONMENT=Development BotFramework__DisableAuthentication=true \
     Storage__DatabasePath="$db" Storage__SeedDemoData=false \
     People__LocalModeAnonymousRoles__0=CreditManager Logging__LogLevel__Default="$1" \
     exec dotnet creditbot.dll --urls "http://127.0.0.1:$port" > "$work/bot-$1.log" 2>&1) &
  bot_pid=$!
  for _ in $(seq 1 300); do
    if curl -s -o /dev/null "http://127.0.0.1:$port/api/messages"; then return 0; fi
    kill -0 "$bot_pid" 2>/dev/null || { cat "$work/bot-$1.log"; return 1; }
    sleep 0.1
  done
  echo "CreditBot did not listen on $port" >&2; return 1
}

stop_bot() {
  rss_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$bot_pid/status" 2>/dev/null || echo 0)
  kill "$bot_pid" 2>/dev/null || true; wait "$bot_pid" 2>/dev/null || true; bot_pid=""
}

# One request, its reply printed from the fake connector: the answer must be the exposure card.
check_reply() {
  node --input-type=module -e "
    import { startFakeConnector } from '$peer/fake-connector.mjs';
    let got; const fc = await startFakeConnector({ onActivity: ({ activity }) => { got = activity; } });
    const res = await fetch('http://127.0.0.1:$port/api/messages', { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', id: 'check-1', text: process.argv[1] + ' 17', channelId: 'msteams', serviceUrl: fc.url,
        locale: 'en-US', from: { id: 'load-user-0', name: 'Load Tester' }, recipient: { id: 'bot' },
        conversation: { id: 'check-conv', conversationType: 'personal', tenantId: 'load-tenant' } }) });
    for (let i = 0; i < 100 && !got; i++) await new Promise((r) => setTimeout(r, 50));
    await fc.close();
    const card = got?.attachments?.[0];
    const texts = JSON.stringify(card?.content ?? got?.text ?? null).match(/\"text\":\"[^\"]*\"/g)?.slice(0, 4).join(' ') ?? '';
    console.log('check: HTTP ' + res.status + ', reply ' + (card ? card.contentType : 'text: ' + (got?.text ?? 'none')).slice(0, 120) + ' ' + texts.slice(0, 300));
    process.exit(card?.contentType === 'application/vnd.microsoft.card.adaptive' ? 0 : 1);
  " "$text"
}

# CPU of a subshell's children from the second line of `times` ("0m1.234s 0m0.567s"), in ms per request.
children_cpu_ms() {
  sed -n 2p "$1" | awk -v r="$2" '{ split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%.2f", (u[1] * 60 + u[2] + s[1] * 60 + s[2]) * 1000 / r }'
}

summary() { # file label -> one line
  node -e '
    const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const r = s.replyLatencyMs, h = s.httpLatencyMs;
    console.log([process.argv[2].padEnd(74), String(s.throughputPerSecond).padStart(8), ...[r.p50, r.p95, r.p99, r.max, h.p99].map((x) => x.toFixed(1).padStart(7)),
      `${s.repliesReceived}/${s.requests}`.padStart(11), String(s.httpErrors + s.transportErrors + s.missingReplies).padStart(6)].join(" "));
  ' "$1" "$2"
}

results=()
for round in $(seq 1 "$repeat"); do
  for level in $levels; do
    echo "== round $round: CreditBot (local mode, Logging:LogLevel:Default=$level): load.mjs -n $n -c $c --warmup $warmup --text \"$text\""
    start_bot "$level"
    check_reply
    cpu0=$(awk '{ print $14 + $15 }' "/proc/$bot_pid/stat")
    # The subshell's `times` gives the CPU of its child, load.mjs (with its in-process fake connector).
    (node "$peer/load.mjs" --endpoint "http://127.0.0.1:$port/api/messages" -n "$n" -c "$c" --warmup "$warmup" --text "$text" --json \
      > "$work/creditbot-$level-$round.json" || echo "load.mjs exit code $? (see errors column)"; times > "$work/times-$level-$round.txt")
    cpu1=$(awk '{ print $14 + $15 }' "/proc/$bot_pid/stat")
    stop_bot
    cpu_ms=$(awk -v a="$cpu0" -v b="$cpu1" -v t="$(getconf CLK_TCK)" -v r=$((n + warmup)) 'BEGIN { printf "%.2f", (b - a) * 1000 / t / r }')
    load_ms=$(children_cpu_ms "$work/times-$level-$round.txt" $((n + warmup)))
    results+=("$work/creditbot-$level-$round.json|creditbot $level #$round (bot ${cpu_ms}, load.mjs ${load_ms} ms CPU/req, RSS $((rss_kb / 1024)) MB)")
  done
  # The yardstick: bench/null-bot.mjs does nothing but send one short reply, so its rate is about the most
  # load.mjs can drive on this machine, whatever the bot.
  echo "== round $round: null bot (bench/null-bot.mjs): load.mjs -n $n -c $c --warmup $warmup"
  null_port="$(free_port)"
  PORT="$null_port" node "$root/bench/null-bot.mjs" & null_pid=$!
  for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$null_port/" && break; sleep 0.1; done
  ncpu0=$(awk '{ print $14 + $15 }' "/proc/$null_pid/stat")
  (node "$peer/load.mjs" --endpoint "http://127.0.0.1:$null_port/api/messages" -n "$n" -c "$c" --warmup "$warmup" --json \
    > "$work/null-$round.json" || echo "load.mjs exit code $?"; times > "$work/times-null-$round.txt")
  ncpu1=$(awk '{ print $14 + $15 }' "/proc/$null_pid/stat")
  kill "$null_pid" 2>/dev/null || true; wait "$null_pid" 2>/dev/null || true
  null_ms=$(awk -v a="$ncpu0" -v b="$ncpu1" -v t="$(getconf CLK_TCK)" -v r=$((n + warmup)) 'BEGIN { printf "%.2f", (b - a) * 1000 / t / r }')
  results+=("$work/null-$round.json|null bot #$round (bot ${null_ms}, load.mjs $(children_cpu_ms "$work/times-null-$round.txt" $((n + warmup))) ms CPU/req)")

  echo "== round $round: peer (botbuilder echo bot): bench-peer.sh -n $n -c $c --warmup $warmup"
  ("$peer/bench-peer.sh" -n "$n" -c "$c" --warmup "$warmup" --json > "$work/peer-$round.json" || echo "bench-peer.sh exit code $?"; times > "$work/times-peer-$round.txt")
  # bench-peer.sh kills bot.mjs without waiting for it: its CPU is not in `times`, load.mjs's is.
  results+=("$work/peer-$round.json|peer #$round (load.mjs $(children_cpu_ms "$work/times-peer-$round.txt" $((n + warmup))) ms CPU/req)")
done

echo
echo "load run: -n $n -c $c --warmup $warmup; latency in ms (reply = send to reply at the connector; http = send to HTTP answer)"
printf '%-74s %8s %7s %7s %7s %7s %7s %11s %6s\n' run req/s p50 p95 p99 max http_p99 replies errors
for r in "${results[@]}"; do summary "${r%%|*}" "${r#*|}"; done
echo
echo "load.mjs is one Node.js process (one thread runs it) sharing the machine's $(nproc) cores with the bot: its CPU per"
echo "request times req/s is the share of a core it used; near 1, the load generator, not the bot, sets the pace."
for r in "${results[@]}"; do
  node -e '
    const fs = require("fs"); const s = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    const m = /load\.mjs ([0-9.]+) ms/.exec(process.argv[2]);
    if (m) console.log(`  ${process.argv[2].split(" (")[0].padEnd(28)} load.mjs used ${(m[1] * s.throughputPerSecond / 1000).toFixed(2)} core`);
  ' "${r%%|*}" "${r#*|}"
done
echo
for level in $levels; do
  node -e '
    const fs = require("fs"); const [lvl, rounds, dir] = process.argv.slice(1);
    const mean = (f) => { const v = f.map((x) => JSON.parse(fs.readFileSync(x, "utf8")).throughputPerSecond); return v.reduce((a, b) => a + b, 0) / v.length; };
    const ids = Array.from({ length: +rounds }, (_, i) => i + 1);
    const bot = mean(ids.map((i) => `${dir}/creditbot-${lvl}-${i}.json`)), peer = mean(ids.map((i) => `${dir}/peer-${i}.json`));
    const p99 = Math.max(...ids.map((i) => JSON.parse(fs.readFileSync(`${dir}/creditbot-${lvl}-${i}.json`, "utf8")).replyLatencyMs.p99));
    const nul = mean(ids.map((i) => `${dir}/null-${i}.json`));
    console.log(`CreditBot (${lvl}) reached ${(100 * bot / nul).toFixed(0)} % of the null bot (${nul.toFixed(0)} req/s: the most load.mjs drove here), the peer ${(100 * peer / nul).toFixed(0)} %`);
    console.log(`ratio CreditBot (${lvl}) / peer: ${(bot / peer).toFixed(2)}x (${bot.toFixed(0)} vs ${peer.toFixed(0)} req/s, mean of ${rounds}); CreditBot worst p99 ${p99} ms; goal >= 1.5x and p99 <= 50 ms: ${bot / peer >= 1.5 && p99 <= 50 ? "met" : "NOT met"}`);
  ' "$level" "$repeat" "$work"
done
