#!/bin/sh
# SPDX-FileCopyrightText: 2026 CallScope authors
# SPDX-License-Identifier: MIT
#
# Ingest benchmark: wrk POSTs distinct call.completed bodies to `callscope --headless` (every delivery
# committed to SQLite, WAL + synchronous=FULL, before its 200) and, in the same run, to nginx with one
# worker answering 200 without storing anything: the reference. Keep-alive and Connection: close.
#
#   tools/deps.sh --bench && bench/ingest/run.sh [SECONDS] [CONNECTIONS]
#
# Prints a Markdown table for BENCHMARKS.md. Needs build/bin/callscope (the README's build), wrk, nginx.
set -eu

seconds=${1:-10}
connections=${2:-50}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
binary="$root/build/bin/callscope"
work=$(mktemp -d)
trap 'kill $server_pid $nginx_pid 2>/dev/null || true; rm -rf "$work"' EXIT INT TERM
server_pid=""
nginx_pid=""

for tool in wrk nginx curl; do
    command -v "$tool" >/dev/null 2>&1 || PATH="$PATH:/usr/sbin"
    command -v "$tool" >/dev/null 2>&1 || { echo "run.sh: $tool is missing: tools/deps.sh --bench" >&2; exit 1; }
done
[ -x "$binary" ] || { echo "run.sh: build first: cmake --preset dev && cmake --build --preset dev" >&2; exit 1; }


# nginx: one worker, no logging, a fixed JSON answer; it reads each body (client_body_buffer_size keeps
# it in memory) and discards it.
nginx_port=$(shuf -i 20000-60000 -n 1)
mkdir -p "$work/nginx/logs"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log error;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    keepalive_requests 1000000;
    client_body_buffer_size 64k;
    server {
        listen 127.0.0.1:$nginx_port;
        location / {
            default_type application/json;
            return 200 '{"status":"accepted"}';
        }
    }
}
CONF
nginx -p "$work/nginx" -e "$work/nginx/logs/error.log" -c "$work/nginx/nginx.conf" &
nginx_pid=$!

"$binary" --headless --port 0 --db "$work/bench.db" > "$work/callscope.out" 2>&1 &
server_pid=$!
for _ in $(seq 50); do grep -q "listening on" "$work/callscope.out" 2>/dev/null && break; sleep 0.1; done
callscope_url=$(sed -n 's/^listening on \(.*\)$/\1/p' "$work/callscope.out")
sleep 0.5

run() { # name url mode
    result=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -s "$here/post.lua" "$2" -- "$3" | grep '^RESULT')
    eval "$(echo "$result" | sed 's/^RESULT //')"
    awk -v name="$1" -v mode="$3" -v r="$requests" -v d="$duration_us" -v p50="$p50_us" -v p99="$p99_us" \
        -v mx="$max_us" -v bad="$non2xx" -v se="$socket_errors" 'BEGIN {
        printf "| %s | %s | %.0f | %.2f | %.2f | %.1f | %d | %d |\n", name, mode, r / (d / 1e6), p50 / 1000, p99 / 1000, mx / 1000, bad, se }'
}

echo "wrk -t2 -c$connections -d${seconds}s, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
echo "| server | connections | requests/s | p50 ms | p99 ms | max ms | non-2xx | socket errors |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
# Deliveries recorded and not yet derived (their calls not yet visible), read from the store's file.
underived() {
    /usr/bin/python3 - "$work/bench.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect("file:%s?mode=ro" % sys.argv[1], uri=True, timeout=10)
print(db.execute("SELECT count(*) FROM deliveries WHERE call_ref IS NULL").fetchone()[0])
PY
}

for mode in keep-alive close; do
    run "nginx 1 worker (reference, stores nothing)" "http://127.0.0.1:$nginx_port/webhook" "$mode"
    before=$(curl -s "${callscope_url}healthz" | sed 's/.*"deliveries":\([0-9]*\).*/\1/')
    start=$(date +%s.%N)
    run "callscope --headless (stored, WAL + FULL)" "${callscope_url}webhook" "$mode"
    answered=$(date +%s.%N)
    # The sustained rate: from the first request until every call answered is derived (visible).
    while [ "$(underived)" != 0 ]; do sleep 0.05; done
    derived=$(date +%s.%N)
    after=$(curl -s "${callscope_url}healthz" | sed 's/.*"deliveries":\([0-9]*\).*/\1/')
    awk -v n=$((after - before)) -v s="$start" -v a="$answered" -v d="$derived" -v mode="$mode" 'BEGIN {
        printf "| callscope, until every call is derived | %s | %.0f | (%d deliveries; derived %.2f s after the last answer) | | | | |\n", mode, n / (d - s), n, d - a }'
done
stored=$(curl -s "${callscope_url}healthz")
kill -TERM "$server_pid"; wait "$server_pid" || true
echo
echo "callscope /healthz after the runs: $stored"
