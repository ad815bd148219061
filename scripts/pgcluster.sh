#!/usr/bin/env bash
# Throwaway PostgreSQL clusters on this machine, for tests that stop, kill or replicate a server
# (tests/pg_cluster.py) and for scripts/replica-smoke.sh. Trust authentication, TCP on 127.0.0.1
# only (no Unix socket); each command returns once the server is up or down.
#
#   pgcluster.sh init DIR PORT                  a new primary in DIR (created), started on PORT
#   pgcluster.sh standby PRIMARY_PORT DIR PORT  a streaming standby of that primary in DIR, started
#   pgcluster.sh start DIR | stop DIR [MODE] | kill DIR | destroy DIR
#
# `stop` takes pg_ctl's mode (fast by default; immediate is a crash without the kill). `kill` is a
# crash of the server's host: SIGKILL to the postmaster, then to every process it started, and it
# returns once they are gone. `destroy` stops the server at once and removes DIR.
#
# The server binaries come from PG_BIN (default /usr/lib/postgresql/15/bin). initdb refuses to run
# as root, so as root every server command runs as the user `postgres`, which owns DIR; DIR's
# parent must let that user in (mktemp -d, then chmod 755).
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
# How long pg_ctl waits for a start or a stop: a start after a kill replays the WAL first.
WAIT_SECONDS=${PGCLUSTER_WAIT_SECONDS:-60}

as_owner() {
    if (( EUID == 0 )); then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

make_folder() { # make_folder DIR: a new data folder the server's user owns
    mkdir -p "$1"
    (( EUID == 0 )) && chown postgres: "$1"
    chmod 700 "$1"
}

settings() { # settings DIR PORT: what every throwaway server is told, on top of initdb's defaults
    # Later lines win, so a standby's copy of its primary's file takes its own port and socket here.
    # fsync off: these servers die only by signal, and the operating system, which keeps their
    # writes, outlives them; it spares a loaded test machine the disk flushes.
    cat >> "$1/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $2
unix_socket_directories = ''
fsync = off
wal_level = replica
max_wal_senders = 4
EOF
}

start() {
    as_owner "$PG_BIN/pg_ctl" -D "$1" -l "$1/server.log" -w -t "$WAIT_SECONDS" start > /dev/null
}

postmaster_pid() { [[ -s $1/postmaster.pid ]] && head -n 1 "$1/postmaster.pid"; }

kill_server() {
    local pid children
    pid=$(postmaster_pid "$1") || { echo "pgcluster: no server runs in $1" >&2; return 1; }
    children=$(ps -o pid= --ppid "$pid" || true)
    kill -KILL "$pid"
    # shellcheck disable=SC2086 # one pid a word
    [[ -z $children ]] || kill -KILL $children 2> /dev/null || true
    for _ in $(seq $((WAIT_SECONDS * 10))); do
        # shellcheck disable=SC2086
        kill -0 "$pid" $children 2> /dev/null || return 0
        sleep 0.1
    done
    echo "pgcluster: the server in $1 outlived SIGKILL" >&2
    return 1
}

command=${1:?usage: pgcluster.sh init|standby|start|stop|kill|destroy ...}
shift
case $command in
    init)
        dir=${1:?DIR}; port=${2:?PORT}
        make_folder "$dir"
        as_owner "$PG_BIN/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
            --no-sync --no-instructions > "$dir.initdb.log" 2>&1 ||
            { cat "$dir.initdb.log" >&2; exit 1; }
        rm -f "$dir.initdb.log"
        settings "$dir" "$port"
        start "$dir"
        ;;
    standby)
        primary_port=${1:?PRIMARY_PORT}; dir=${2:?DIR}; port=${3:?PORT}
        make_folder "$dir"
        # -R writes primary_conninfo and standby.signal; -X stream copies the WAL the copy needs.
        as_owner "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$dir" -R \
            -X stream -c fast --no-sync
        rm -f "$dir/server.log"
        settings "$dir" "$port"
        start "$dir"
        ;;
    start) start "${1:?DIR}" ;;
    stop) as_owner "$PG_BIN/pg_ctl" -D "${1:?DIR}" -m "${2:-fast}" -w -t "$WAIT_SECONDS" stop > /dev/null ;;
    kill) kill_server "${1:?DIR}" ;;
    destroy)
        dir=${1:?DIR}
        if postmaster_pid "$dir" > /dev/null; then
            as_owner "$PG_BIN/pg_ctl" -D "$dir" -m immediate -w -t "$WAIT_SECONDS" stop > /dev/null 2>&1 ||
                kill_server "$dir" || true
        fi
        rm -rf "$dir"
        ;;
    *) echo "pgcluster: unknown command $command" >&2; exit 2 ;;
esac
