#!/usr/bin/env bash
# scripts/bench/report.sh <started> "<sizes>": writes the results of ./factdesk bench
# ($FD_WORK/bench/results.tsv, plans.log) into docs/BENCHMARKS.md, between the markers
# "<!-- bench:begin -->" and "<!-- bench:end -->" (the text around them is kept), and draws
# docs/bench-latency.svg.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
cd "$FD_ROOT"
source scripts/bench/lib.sh
STARTED=$1
read -r -a SIZES <<<"$2"
SMALLEST=${SIZES[0]}
LARGEST=${SIZES[-1]}
MID=10000; [ -n "$(value "$MID /claims, cache off" rps)" ] || MID=$SMALLEST
DOC=docs/BENCHMARKS.md

# fig <key> <metric>: "median (min–max)", or "not measured".
fig() {
  local m; m=$(value "$1" "$2")
  [ -n "$m" ] || { echo "not measured"; return; }
  echo "$(fmt "$m") ($(fmt "$(value "$1" "$2" 4)")–$(fmt "$(value "$1" "$2" 5)"))"
}
fmt() { awk -v v="$1" 'BEGIN { if (v >= 100) printf "%\047.0f", v; else if (v >= 10) printf "%.1f", v; else printf "%.2f", v }'; }
# pct <a> <b>: a as a percentage of b.
pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "—"; else printf "%.0f %%", 100 * a / b }'; }
times() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "—"; else printf "%.2f×", a / b }'; }
# verdict <condition as awk expression over a, b, c>: met / not met.
verdict() { awk -v a="$2" -v b="${3:-0}" -v c="${4:-0}" "BEGIN { if (a == \"\") print \"not measured\"; else if ($1) print \"met\"; else print \"**not met**\" }"; }

goals() {
  local t p n c cp a5 a500 s1 sL
  t=$(value transitions tps); p=$(value "pgbench simple-update" tps)
  echo "| what | measured, median (min–max) | baseline in the same run | ratio | goal | |"
  echo "|---|---|---|---|---|---|"
  echo "| workflow transitions through the API, 16 clients (submit, approve, publish) | $(fig transitions tps) transitions/s, p99 $(fig transitions p99) ms | pgbench simple-update, 16 clients: $(fig "pgbench simple-update" tps) TPS | $(pct "$t" "$p") | ≥ 40 %, p99 ≤ 200 ms | $(verdict 'a / b >= 0.4 && c <= 200' "$t" "$p" "$(value transitions p99)") |"
  n=$(value "nginx /claims (static copy)" rps); c=$(value "10000 /claims, cache on" rps)
  echo "| public \`/claims\`, warm, 64 connections, 10,000 claims | $(fig "10000 /claims, cache on" rps) req/s, p99 $(fig "10000 /claims, cache on" p99) ms | nginx, same bytes: $(fig "nginx /claims (static copy)" rps) req/s | $(pct "$c" "$n") | ≥ 80 %, p99 ≤ 20 ms | $(verdict 'a / b >= 0.8 && c <= 20' "$c" "$n" "$(value "10000 /claims, cache on" p99)") |"
  cp=$(value "10000 /claims, cache off" rps)
  echo "| public \`/claims\`, page cache off, 10,000 claims | $(fig "10000 /claims, cache off" rps) req/s, p99 $(fig "10000 /claims, cache off" p99) ms | the same nginx figure | $(pct "$cp" "$n") | ≥ 25 %, p99 ≤ 100 ms | $(verdict 'a / b >= 0.25 && c <= 100' "$cp" "$n" "$(value "10000 /claims, cache off" p99)") |"
  s1=$(value "$SMALLEST permalink, cache off" p99); sL=$(value "$LARGEST permalink, cache off" p99)
  echo "| public permalink, page cache off, $LARGEST claims, 64 connections | p99 $(fig "$LARGEST permalink, cache off" p99) ms | the same at $SMALLEST claims: p99 $(fig "$SMALLEST permalink, cache off" p99) ms | $(times "$sL" "$s1") | p99 ≤ 150 ms and ≤ 2× | $(verdict 'a <= 150 && a <= 2 * b' "$sL" "$s1") |"
  for q in "${SEARCHES[@]}"; do
    s1=$(value "$SMALLEST workspace search $q" p50); sL=$(value "$LARGEST workspace search $q" p50)
    echo "| workspace claim search \`?$q\`, $LARGEST claims, one reviewer | median $(fig "$LARGEST workspace search $q" p50) ms | the same at $SMALLEST claims: $(fig "$SMALLEST workspace search $q" p50) ms | $(times "$sL" "$s1") | median ≤ 2× | $(verdict 'a <= 2 * b' "$sL" "$s1") |"
  done
  a5=$(value "$MID article view, 5 claims" p50); a500=$(value "$MID article view, 500 claims" p50)
  echo "| workspace article view, 500 claims on the article ($MID claims in all) | median $(fig "$MID article view, 500 claims" p50) ms | the same article page with 5 claims: $(fig "$MID article view, 5 claims" p50) ms | $(times "$a500" "$a5") | ≤ 3×; statements per request constant (ArticleViewStatementsTest) | $(verdict 'a <= 3 * b' "$a500" "$a5") |"
  echo "| live-update fan-out: 200 open event streams, one change | p99 $(fig "fanout 200" p99) ms until every stream has it | — | — | p99 ≤ 1 s | $(verdict 'a <= 1000' "$(value "fanout 200" p99)") |"
  echo "| start-up of the packaged app (to its first answer) | $(fig app startup_ms) ms | bare Quarkus hello app, same build: $(fig hello startup_ms) ms | $(times "$(value app startup_ms)" "$(value hello startup_ms)") | ≤ 3× | $(verdict 'a <= 3 * b' "$(value app startup_ms)" "$(value hello startup_ms)") |"
  echo "| RSS after the load runs | $(fig app rss_mb) MB | hello app after 64 connections of load: $(fig hello rss_mb) MB | $(times "$(value app rss_mb)" "$(value hello rss_mb)") | ≤ 2.5× | $(verdict 'a <= 2.5 * b' "$(value app rss_mb)" "$(value hello rss_mb)") |"
}

sizes_table() {
  local s q
  printf '| claims | seeding | `/claims` cache off: req/s | p99 ms | permalink cache off: p99 ms |'
  for q in "${SEARCHES[@]}"; do printf ' search `%s`: median ms |' "$q"; done
  echo ' article view 5 claims: median ms | 500 claims: median ms |'
  printf '|---|---|---|---|---|'; for q in "${SEARCHES[@]}"; do printf -- '---|'; done; echo '---|---|'
  for s in "${SIZES[@]}"; do
    printf '| %s | %s s | %s | %s | %s |' "$(fmt "$s")" "$(value "$s" seed_s)" "$(fig "$s /claims, cache off" rps)" \
      "$(fig "$s /claims, cache off" p99)" "$(fig "$s permalink, cache off" p99)"
    for q in "${SEARCHES[@]}"; do printf ' %s |' "$(fig "$s workspace search $q" p50)"; done
    echo " $(fig "$s article view, 5 claims" p50) | $(fig "$s article view, 500 claims" p50) |"
  done
}

chart_data() {
  local s q
  for s in "${SIZES[@]}"; do
    printf '%s\t%s\t%s\n' "$s" "public /claims, cache off, p99" "$(value "$s /claims, cache off" p99)"
    printf '%s\t%s\t%s\n' "$s" "public permalink, cache off, p99" "$(value "$s permalink, cache off" p99)"
    for q in "${SEARCHES[@]}"; do printf '%s\t%s\t%s\n' "$s" "workspace search ?$q, median" "$(value "$s workspace search $q" p50)"; done
    printf '%s\t%s\t%s\n' "$s" "article view, 500 claims, median" "$(value "$s article view, 500 claims" p50)"
  done | awk -F'\t' '$3 != ""'
}

# plans: from auto_explain's log, every statement the pages ran (count, slowest), then the
# plans of the five slowest.
plans() {
  local log="$BENCH/plans.log"
  [ -s "$log" ] || { echo "(no plans recorded in this run)"; return; }
  awk '
    /duration: [0-9.]+ ms +plan:/ { flush(); match($0, /duration: [0-9.]+/); d = substr($0, RSTART + 10, RLENGTH - 10) + 0; inplan = 1; buf = ""; q = ""; next }
    inplan && /^\t/ { line = substr($0, 2); if (line ~ /^Query Text: /) q = substr(line, 13); else buf = buf line "\n"; next }
    inplan { flush() }
    function flush() {
      if (!inplan || q == "" || q ~ /^(SET|SHOW|select 1|SELECT 1)/) { inplan = 0; return }
      n[q]++; if (d > max[q]) { max[q] = d; plan[q] = buf }
      inplan = 0
    }
    END {
      flush()
      for (k in n) printf "%09.3f\t%d\t%s\n", max[k], n[k], k > "/dev/stderr"
      for (k in n) { gsub(/\n/, "\\n", plan[k]); printf "%09.3f\t%s\t%s\n", max[k], k, plan[k] }
    }' "$log" 2>"$BENCH/statements.tsv" | sort -r >"$BENCH/plans.tsv"
  echo "Every statement the pages ran, slowest first ($(wc -l <"$BENCH/statements.tsv") distinct):"
  echo
  echo "| slowest, ms | times | statement |"
  echo "|---|---|---|"
  sort -r "$BENCH/statements.tsv" | awk -F'\t' '{ q = $3; gsub(/\|/, "\\|", q); if (length(q) > 160) q = substr(q, 1, 157) "…"; printf "| %.2f | %d | `%s` |\n", $1, $2, q }'
  echo
  echo "The plans of the five slowest:"
  head -n 5 "$BENCH/plans.tsv" | while IFS=$'\t' read -r ms query plan; do
    echo
    printf '%.2f ms: `%s`\n\n' "$ms" "$(cut -c1-200 <<<"$query")"
    echo '```'
    printf '%b' "$plan" | sed -e '/^$/d' -e 's/^\(.\{180\}\).*/\1 …/'
    echo '```'
  done
}

{
  echo "<!-- bench:begin (generated by ./factdesk bench; edit scripts/bench/report.sh, not this part) -->"
  echo "## \`./factdesk bench\`: Factdesk against the machine's own limits"
  echo
  echo "Command: \`./factdesk bench --claims $(tr ' ' ',' <<<"${SIZES[*]}")\`, run $STARTED;"
  echo "wrk runs of $DURATION, $RUNS runs per figure (median, min–max), ${WARMUP} of unmeasured load after each start."
  echo
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) memory;"
  echo "$("$(fd_java)" -version 2>&1 | head -n 1); PostgreSQL $(scripts/postgres.sh superuser psql -d postgres -Atc 'SHOW server_version');"
  echo "wrk, nginx, PostgreSQL, Keycloak and the app share the cores, so absolute figures are lower than on"
  echo "separate machines; the ratios to the baselines measured in the same run are what count."
  echo
  echo "### Goals (issue 7)"
  echo
  goals
  echo
  echo "### By data size"
  echo
  echo "Claims in every review state (a third published), 20 per article, with verdicts, sources,"
  echo "comments and review events (\`scripts/bench/seed.sql\`); the public pages with the page cache off."
  echo "The workspace figures are one signed-in reviewer at a time (wrk, 1 connection), so the latency is the server's time."
  echo "The search \`state=IN_RESEARCH&q=lowest+since\` is the hard case for an index: each half matches thousands"
  echo "of claims at 100,000 (a tenth are in research, a twentieth quote \"lowest since\"), but the synthetic data never"
  echo "puts the two together, so the database must show that nothing matches; \`q=no+such+claim+anywhere\` matches nothing at all."
  echo
  sizes_table
  echo
  echo "![Latency against data size](bench-latency.svg)"
  echo
  echo "### Query plans at $(fmt "$LARGEST") claims (\`auto_explain\`, every page once)"
  echo
  plans
  echo "<!-- bench:end -->"
} >"$BENCH/section.md"
chart_data >"$BENCH/chart.tsv"
java scripts/bench/BenchDriver.java chart "$BENCH/chart.tsv" docs/bench-latency.svg

if grep -q '<!-- bench:begin' "$DOC"; then
  awk -v section="$BENCH/section.md" '
    /<!-- bench:begin/ { while ((getline line < section) > 0) print line; skip = 1; next }
    /<!-- bench:end -->/ { skip = 0; next }
    !skip' "$DOC" >"$DOC.new" && mv "$DOC.new" "$DOC"
else
  { head -n 2 "$DOC"; cat "$BENCH/section.md"; echo; tail -n +3 "$DOC"; } >"$DOC.new" && mv "$DOC.new" "$DOC"
fi
fd_say "wrote $DOC and docs/bench-latency.svg"
