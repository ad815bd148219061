#!/usr/bin/env bash
# Smoke test of reading from a streaming replica: a throwaway PostgreSQL primary and a standby of
# it (pg_basebackup -R) on two free ports of 127.0.0.1, `newsdesk serve` with DATABASE_URL = the
# primary and DATABASE_READ_URL = the standby, and `newsdesk ingest` of a generated corpus into
# the primary. It polls the API until the standby's answers count every article, prints the
# replication lag it observed during the ingest, then PASS or FAIL, and removes everything.
#
#   bash scripts/replica-smoke.sh        (or: make replica-smoke)
#
# A manual check for developers and operators; CI does not run it. Run it as root (the servers
# then run as the user `postgres`, scripts/pgcluster.sh) or as a user that may run initdb.
# Settings (environment): SMOKE_ARTICLES (default 200), SMOKE_BATCH_SIZE (INGEST_BATCH_SIZE of the
# ingest, default 20: several commits for the standby to follow), SMOKE_TIMEOUT (s to wait for the
# standby after the ingest, default 60), PYTHON (default .venv/bin/python), PG_BIN.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
[[ -x $PYTHON ]] || PYTHON=$(command -v python3)
NEWSDESK=$(dirname "$PYTHON")/newsdesk
ARTICLES=${SMOKE_ARTICLES:-200}
BATCH_SIZE=${SMOKE_BATCH_SIZE:-20}
TIMEOUT=${SMOKE_TIMEOUT:-60}
PGCLUSTER=(bash "$ROOT/scripts/pgcluster.sh")

SMOKE_NAME=replica-smoke
WORK=$(mktemp -d "${TMPDIR:-/tmp}/newsdesk-replica.XXXXXX")
chmod 755 "$WORK" # the servers' user works in folders inside it
# shellcheck source=scripts/smoke-common.sh
source "$ROOT/scripts/smoke-common.sh"
SERVER_PID=""
INGEST_PID=""

cleanup() {
    local status=$?
    set +e
    [[ -n $INGEST_PID ]] && stop_process "$INGEST_PID"
    [[ -n $SERVER_PID ]] && stop_process "$SERVER_PID"
    for cluster in standby primary; do
        (( KEEP_WORK )) && [[ -f $WORK/$cluster/server.log ]] && cp "$WORK/$cluster/server.log" "$WORK/$cluster.log"
        "${PGCLUSTER[@]}" destroy "$WORK/$cluster" 2> /dev/null
    done
    remove_work
    exit "$status"
}
trap cleanup EXIT
trap 'fail "interrupted"' INT TERM

sql() { # sql PORT QUERY: the answer, unaligned, no header
    psql -h 127.0.0.1 -p "$1" -U postgres -d newsdesk -XAtq -v ON_ERROR_STOP=1 -c "$2"
}

[[ -x $NEWSDESK ]] || fail "no newsdesk next to $PYTHON (make install, or set PYTHON)"
command -v psql > /dev/null || fail "psql is needed"
command -v curl > /dev/null || fail "curl is needed"

PRIMARY_PORT=$(free_port)
STANDBY_PORT=$(free_port)
API_PORT=$(free_port)
PRIMARY_URL="postgresql://postgres@127.0.0.1:$PRIMARY_PORT/newsdesk"
STANDBY_URL="postgresql://postgres@127.0.0.1:$STANDBY_PORT/newsdesk"
BASE_URL="http://127.0.0.1:$API_PORT"

# ---------------------------------------------------------------------------------------------
# The primary, its database, and a standby streaming from it
# ---------------------------------------------------------------------------------------------
"${PGCLUSTER[@]}" init "$WORK/primary" "$PRIMARY_PORT" || fail "could not make the primary"
psql -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -XAtq -c "CREATE DATABASE newsdesk" ||
    fail "could not create the database"
"${PGCLUSTER[@]}" standby "$PRIMARY_PORT" "$WORK/standby" "$STANDBY_PORT" 2> "$WORK/basebackup.log" ||
    { show_log "$WORK/basebackup.log"; fail "could not make the standby"; }
[[ $(sql "$STANDBY_PORT" "SELECT pg_is_in_recovery()") == t ]] || fail "the standby is not in recovery"
[[ $(sql "$PRIMARY_PORT" "SELECT state FROM pg_stat_replication") == streaming ]] ||
    fail "the standby is not streaming from the primary"
log "primary on :$PRIMARY_PORT, standby streaming from it on :$STANDBY_PORT"

# ---------------------------------------------------------------------------------------------
# The server (migrates the primary, reads the standby), the corpus, the ingest
# ---------------------------------------------------------------------------------------------
DATABASE_URL=$PRIMARY_URL DATABASE_READ_URL=$STANDBY_URL ACCESS_LOG=false \
    "$NEWSDESK" serve --port "$API_PORT" > "$WORK/server.log" 2>&1 &
SERVER_PID=$!

mkdir -p "$WORK/in"
(cd "$ROOT" && "$PYTHON" -m bench.corpus --articles "$ARTICLES" --seed 0 --out "$WORK/in/corpus.jsonl") 2> /dev/null ||
    fail "could not generate the corpus (bench/corpus.py)"

deadline=$((SECONDS + 120))
until curl -fsS --max-time 2 "$BASE_URL/health" > /dev/null 2>&1; do
    kill -0 "$SERVER_PID" 2> /dev/null || { show_log "$WORK/server.log"; fail "the server stopped"; }
    (( SECONDS < deadline )) || { show_log "$WORK/server.log"; fail "no answer from /health in 120 s"; }
    sleep 0.5
done
log "serving on $BASE_URL, reading from the standby"

total() { # the articles the API counts (read on the standby)
    curl -fsS --max-time 5 "$BASE_URL/articles?limit=1" | "$PYTHON" -c 'import json, sys; print(json.load(sys.stdin)["total"])'
}

started=$SECONDS
INGEST_BATCH_SIZE=$BATCH_SIZE "$NEWSDESK" ingest "$WORK/in" --db "$PRIMARY_URL" > "$WORK/ingest.log" 2>&1 &
INGEST_PID=$!
log "ingesting $ARTICLES articles into the primary, $BATCH_SIZE a transaction"

# While it runs: how far behind the standby is, as the primary sees it (pg_stat_replication: the
# time its last replayed change waited, and the bytes of WAL not yet replayed), and as the API sees it.
max_lag_ms=0
max_bytes=0
samples=0
while kill -0 "$INGEST_PID" 2> /dev/null; do
    read -r lag_ms bytes < <(sql "$PRIMARY_PORT" "SELECT coalesce(round(extract(epoch FROM replay_lag) * 1000), 0)::bigint,
        pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint FROM pg_stat_replication" | tr '|' ' ') ||
        { sleep 0.2; continue; }
    (( lag_ms > max_lag_ms )) && max_lag_ms=$lag_ms
    (( bytes > max_bytes )) && max_bytes=$bytes
    samples=$((samples + 1))
    sleep 0.2
done
ingest_status=0
wait "$INGEST_PID" || ingest_status=$?
INGEST_PID=""
ingest_seconds=$((SECONDS - started))
(( ingest_status == 0 )) || { show_log "$WORK/ingest.log"; fail "newsdesk ingest exited $ingest_status"; }
log "ingest: $(tail -n 1 "$WORK/ingest.log") in ${ingest_seconds}s"
on_primary=$(sql "$PRIMARY_PORT" "SELECT count(*) FROM articles")
(( on_primary == ARTICLES )) || fail "the primary holds $on_primary articles, not $ARTICLES"

# ---------------------------------------------------------------------------------------------
# The standby's answers catch up
# ---------------------------------------------------------------------------------------------
ended=$(date +%s.%N)
deadline=$((SECONDS + TIMEOUT))
seen=$(total) || fail "GET /articles failed"
while (( seen != ARTICLES )); do
    (( SECONDS < deadline )) || fail "after ${TIMEOUT}s the API reading the standby counts $seen articles, not $ARTICLES"
    sleep 0.1
    seen=$(total) || fail "GET /articles failed"
done
caught_up=$("$PYTHON" -c "import sys, time; print(f'{time.time() - float(sys.argv[1]):.2f}')" "$ended")
replay_age=$(sql "$STANDBY_PORT" "SELECT round(extract(epoch FROM now() - pg_last_xact_replay_timestamp()) * 1000)")

# The reads were the standby's: the server holds connections there, and the standby is read-only.
readers=$(sql "$STANDBY_PORT" "SELECT count(*) FROM pg_stat_activity WHERE datname = 'newsdesk'
    AND backend_type = 'client backend' AND pid != pg_backend_pid()")
(( readers > 0 )) || fail "the server holds no connection to the standby: its reads did not go there"
kill -0 "$SERVER_PID" 2> /dev/null || fail "the server stopped"

log "replication lag during the ingest ($samples samples of pg_stat_replication): replay_lag at most ${max_lag_ms} ms," \
    "at most $max_bytes bytes of WAL not yet replayed"
log "the API on the standby counted all $ARTICLES articles ${caught_up}s after the ingest ended" \
    "(standby's last replayed transaction: ${replay_age} ms before it was asked)"
echo "PASS: $ARTICLES articles ingested into the primary were served from the standby; replication lag at most" \
    "${max_lag_ms} ms (${max_bytes} bytes)"
