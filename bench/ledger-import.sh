#!/usr/bin/env bash
# Ledger import benchmark: generated FEC files of about 10 k, 100 k and 1 M lines imported by the Release
# build of `creditbot import fec` as a child process (fresh store each time). Prints wall time, lines/s,
# cost per line, peak RSS (VmHWM of the child, sampled from /proc) and, in the same run, a parse-only
# baseline: awk summing the Debit column of the same file.
# Usage: bench/ledger-import.sh [sizes...]   (default: 10000 100000 1000000)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sizes=("${@:-10000 100000 1000000}")
read -r -a sizes <<< "${sizes[*]}"
work="$(mktemp -d /tmp/creditbot-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/CreditBot" -c Release -nologo -v q > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
bin="$root/src/CreditBot/bin/Release/net10.0"
as_of="2026-11-23"

# Peak RSS of a child: run it in the background and keep the largest VmHWM seen (it only grows).
run_measured() {
  local start end pid hwm=0 status
  start=$(date +%s.%N)
  "$@" > "$work/out.txt" 2> "$work/err.txt" &
  pid=$!
  while kill -0 "$pid" 2> /dev/null; do
    if [[ -r /proc/$pid/status ]]; then
      local v
      v=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2> /dev/null || echo 0)
      [[ -n "$v" && "$v" -gt "$hwm" ]] && hwm=$v
    fi
    sleep 0.02
  done
  wait "$pid" && status=0 || status=$?
  end=$(date +%s.%N)
  echo "$(echo "$end - $start" | bc -l) $hwm $status"
}

printf '%-9s %-8s %9s %10s %8s %9s %9s %8s %7s\n' lines clients wall_s lines/s us/line rss_MB awk_s ratio status
for target in "${sizes[@]}"; do
  # About 163 FEC lines per demo client over 18 months.
  clients=$(( (target + 162) / 163 ))
  folder="$work/demo-$target"
  (cd "$bin" && ./creditbot demo --clients "$clients" --seed 1 --as-of "$as_of" --out "$folder" > /dev/null)
  fec="$folder/DEMOFEC.txt"
  lines=$(( $(wc -l < "$fec") - 1 ))
  db="$work/bench-$target.db"
  read -r wall hwm status < <(cd "$bin" && run_measured ./creditbot import fec "$fec" --as-of "$as_of" --db "$db")
  awk_start=$(date +%s.%N)
  awk -F'\t' 'NR > 1 { d = $12; gsub(",", ".", d); s += d } END { printf "%.2f\n", s }' "$fec" > /dev/null
  awk_end=$(date +%s.%N)
  awk_s=$(echo "$awk_end - $awk_start" | bc -l)
  printf '%-9d %-8d %9.2f %10.0f %8.2f %9.0f %9.2f %8.1f %7s\n' \
    "$lines" "$clients" "$wall" "$(echo "$lines / $wall" | bc -l)" "$(echo "$wall * 1000000 / $lines" | bc -l)" \
    "$(echo "$hwm / 1024" | bc -l)" "$awk_s" "$(echo "$wall / $awk_s" | bc -l)" "$status"
  [[ "$status" == 0 ]] || { cat "$work/out.txt" "$work/err.txt"; }
  rm -f "$db" "${db%.db}-log.db"
done
