#!/usr/bin/env bash
# Ledger import benchmark: generated FEC files of about 10 k, 100 k and 1 M lines imported by the Release
# build of `creditbot import fec` as a child process (fresh store each time). Prints wall time, the
# importer's own time, lines/s, cost per line, CPU time and peak RSS (/usr/bin/time) and, in the same run,
# a parse-only baseline: awk summing the Debit column of the same file. Goal: 1 M lines in <= 20 s with
# peak RSS <= 1 GB, cost per line flat within 1.5x from 10 k to 1 M.
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

# Runs the import under /usr/bin/time: wall seconds, CPU seconds (user + sys), peak RSS (KiB), exit status.
run_measured() {
  local status
  /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" > "$work/out.txt" 2> "$work/err.txt" && status=0 || status=$?
  read -r wall user sys rss < "$work/time.txt"
  echo "$wall $(echo "$user + $sys" | bc -l) $rss $status"
}

# wall_s: the whole process (start-up included); import_s: the importer's own time (read + write, from the
# JSON report); us/line: import_s per line; cpu_s: user + sys of the process; ratio: import_s / awk_s.
printf '%-9s %-7s %7s %9s %9s %8s %7s %7s %7s %6s %6s\n' lines clients wall_s import_s lines/s us/line cpu_s rss_MB awk_s ratio status
for target in "${sizes[@]}"; do
  # About 163 FEC lines per demo client over 18 months.
  clients=$(( (target + 162) / 163 ))
  folder="$work/demo-$target"
  (cd "$bin" && ./creditbot demo --clients "$clients" --seed 1 --as-of "$as_of" --out "$folder" > /dev/null)
  fec="$folder/DEMOFEC.txt"
  lines=$(( $(wc -l < "$fec") - 1 ))
  db="$work/bench-$target.db"
  read -r wall cpu rss status < <(cd "$bin" && run_measured ./creditbot import fec "$fec" --as-of "$as_of" --db "$db" --json)
  import_ms=$(grep -o '"elapsedMilliseconds": [0-9]*' "$work/out.txt" | grep -o '[0-9]*$' || echo 0)
  import_s=$(echo "$import_ms / 1000" | bc -l)
  awk_start=$(date +%s.%N)
  awk -F'\t' 'NR > 1 { d = $12; gsub(",", ".", d); s += d } END { printf "%.2f\n", s }' "$fec" > /dev/null
  awk_end=$(date +%s.%N)
  awk_s=$(echo "$awk_end - $awk_start" | bc -l)
  printf '%-9d %-7d %7.2f %9.2f %9.0f %8.2f %7.2f %7.0f %7.2f %6.1f %6s\n' \
    "$lines" "$clients" "$wall" "$import_s" "$(echo "$lines / $import_s" | bc -l)" "$(echo "$import_s * 1000000 / $lines" | bc -l)" \
    "$cpu" "$(echo "$rss / 1024" | bc -l)" "$awk_s" "$(echo "$import_s / $awk_s" | bc -l)" "$status"
  [[ "$status" == 0 ]] || { cat "$work/out.txt" "$work/err.txt"; }
  rm -f "$db" "${db%.db}-log.db"
done
