# What the smoke scripts (docker-smoke.sh, replica-smoke.sh) share; each sources this file after
# setting SMOKE_NAME (the prefix of its log lines) and WORK (its temporary folder, kept with the
# logs in it when the smoke test fails, removed otherwise).

KEEP_WORK=0

log() { printf '%s: %s\n' "$SMOKE_NAME" "$*" >&2; }

fail() {
    log "$*"
    KEEP_WORK=1
    echo "FAIL: $*"
    exit 1
}

show_log() { # show_log FILE [LINES]: the last lines of a log, indented
    [[ -s $1 ]] && tail -n "${2:-40}" "$1" | sed 's/^/    | /' >&2
    return 0
}

stop_process() { # stop_process PID: TERM, then KILL if it is still there after 10 s
    kill -0 "$1" 2> /dev/null || return 0
    kill -TERM "$1" 2> /dev/null
    for _ in $(seq 50); do kill -0 "$1" 2> /dev/null || break; sleep 0.2; done
    kill -KILL "$1" 2> /dev/null
    wait "$1" 2> /dev/null
}

remove_work() { # at exit: WORK removed, or kept when the test failed
    if (( KEEP_WORK )); then
        log "logs kept in $WORK"
    else
        rm -rf "$WORK"
    fi
}

free_port() { # a TCP port of 127.0.0.1 nobody listens on (the system's pick)
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
