#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for tests, on 127.0.0.1 and a free port.
#   scripts/pg-cluster.sh start   prints one line: DATABASE_URL=postgresql://...
#   scripts/pg-cluster.sh stop    stops it and removes its folder (safe to repeat)
# The cluster folder is recorded in $PG_CLUSTER_STATE (default .tmp/pg-cluster.state).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
STATE=${PG_CLUSTER_STATE:-.tmp/pg-cluster.state}
RUN_AS=${PG_RUN_AS:-postgres}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$RUN_AS" -- "$@"; else "$@"; fi
}

start() {
  if [ ! -x "$BIN/initdb" ]; then
    echo "PostgreSQL 15 server binaries are missing ($BIN/initdb): apt-get install -y postgresql-15" >&2
    exit 1
  fi
  if [ "$(id -u)" = 0 ] && ! id "$RUN_AS" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_AS"
  fi
  local dir port
  dir=$(mktemp -d /tmp/saring-pg.XXXXXX)
  chmod 755 "$dir"
  mkdir -p "$dir/data" "$dir/socket"
  [ "$(id -u)" = 0 ] && chown -R "$RUN_AS" "$dir"
  port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  as_owner "$BIN/initdb" -D "$dir/data" -U saring --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir/socket -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
  mkdir -p "$(dirname "$STATE")"
  echo "$dir" >"$STATE"
  echo "PostgreSQL 15 running on 127.0.0.1:$port ($dir)" >&2
  echo "DATABASE_URL=postgresql://saring@127.0.0.1:$port/postgres"
}

stop() {
  [ -f "$STATE" ] || return 0
  local dir
  dir=$(cat "$STATE")
  if [ -d "$dir/data" ]; then
    as_owner "$BIN/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  fi
  rm -rf "$dir" "$STATE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
