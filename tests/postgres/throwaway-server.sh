#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests: initdb into a folder, listening
# only on a Unix socket in that folder, owned by the postgres system user when run
# as root (the server refuses to run as root). Never a system service.
#   throwaway-server.sh start DIR   creates DIR, starts the server, waits until it answers
#   throwaway-server.sh stop DIR    stops it and removes DIR
# The tests reach it as postgresql://postgres@/DBNAME?host=DIR.
set -euo pipefail

action=${1:?start or stop}
dir=${2:?a folder}
bin=/usr/lib/postgresql/15/bin # the version team mode is built for (Debian 12's)
[[ -x "$bin/initdb" ]] || { echo "PostgreSQL 15 server binaries not found (package postgresql-15)" >&2; exit 1; }

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    # Only its owner may reach it: the server trusts every local connection.
    mkdir -p -m 700 "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # fsync off: a test server's data is thrown away, and tests wait on disks otherwise
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c unix_socket_permissions=0700 -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    ;;
stop)
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
