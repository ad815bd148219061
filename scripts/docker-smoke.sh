#!/usr/bin/env bash
# Smoke test of the Docker image: build it, serve it on a free port of 127.0.0.1, check that
# /health answers and that the seed articles are there, ingest one article of our own through
# a bind mount at /data/in as the README shows, then print PASS or FAIL and clean up.
#
# With SMOKE_DATABASE_URL (an empty PostgreSQL database the host reaches, e.g.
# postgresql://postgres@127.0.0.1:5432/newsdesk_smoke), the image runs against it instead of its
# own SQLite file, as compose.yaml runs it: the server starts on the empty database, the image's
# seeds are ingested into it, then the same checks. Docker then runs the containers on the host's
# network (--network host), to reach it.
#
#   bash scripts/docker-smoke.sh          (or: make docker-smoke)
#
# A manual check for developers; CI does not run it. Every wait is bounded.
#
# Engine: `docker` when `docker info` succeeds; otherwise podman (Debian's podman 4.3, run as
# root), for machines with no Docker engine and no registry to pull base images from:
#   - the base image debian:bookworm-slim is made locally with debootstrap when it is missing;
#   - the build runs with --isolation chroot; the host's CA bundle and a pip.conf pointing pip
#     at it are mounted into the build, for networks that intercept TLS;
#   - the server runs from the image's mounted root filesystem with chroot, as the image's
#     user, with the image's environment and working directory, in a private mount namespace
#     where /data is a writable copy of the image's /data (as a fresh Docker volume would be).
#
# Settings (environment): SMOKE_ENGINE=docker|podman to choose the engine; SMOKE_IMAGE (default
# newsdesk:smoke); SMOKE_EXPECTED_ARTICLES (default 2, the seeds); SMOKE_BUILD_TIMEOUT (s,
# default 2400); SMOKE_START_TIMEOUT (s, default 120); SMOKE_CA_BUNDLE (default the host's).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
IMAGE=${SMOKE_IMAGE:-newsdesk:smoke}
EXPECTED=${SMOKE_EXPECTED_ARTICLES:-2}
BUILD_TIMEOUT=${SMOKE_BUILD_TIMEOUT:-2400}
START_TIMEOUT=${SMOKE_START_TIMEOUT:-120}
CA_BUNDLE=${SMOKE_CA_BUNDLE:-/etc/ssl/certs/ca-certificates.crt}
BASE_IMAGE=debian:bookworm-slim
DATABASE=${SMOKE_DATABASE_URL:-}

SMOKE_NAME=docker-smoke
WORK=$(mktemp -d "${TMPDIR:-/tmp}/newsdesk-smoke.XXXXXX")
# shellcheck source=scripts/smoke-common.sh
source "$ROOT/scripts/smoke-common.sh"
ENGINE=""
CONTAINER=""
SERVER_PID=""
MOUNTED=""

cleanup() {
    local status=$?
    set +e
    if [[ -n $CONTAINER ]]; then
        (( KEEP_WORK )) && docker logs "$CONTAINER" > "$WORK/server.log" 2>&1
        timeout 30 docker rm -f "$CONTAINER" > /dev/null 2>&1
    fi
    [[ -n $SERVER_PID ]] && stop_process "$SERVER_PID"
    [[ -n $MOUNTED ]] && timeout 30 podman image unmount "$IMAGE" > /dev/null 2>&1
    remove_work
    exit "$status"
}
trap cleanup EXIT
trap 'fail "interrupted"' INT TERM

need() { command -v "$1" > /dev/null 2>&1; }

# ---------------------------------------------------------------------------------------------
# Which engine
# ---------------------------------------------------------------------------------------------
if [[ -n ${SMOKE_ENGINE:-} ]]; then
    ENGINE=$SMOKE_ENGINE
elif need docker && timeout 30 docker info > /dev/null 2>&1; then
    ENGINE=docker
else
    ENGINE=podman
fi
need python3 || fail "python3 is needed on the host (to read the image's config and query the API)"
need curl || fail "curl is needed on the host"

apt_install() { # apt_install PACKAGE...: only as root on Debian/Ubuntu, bounded
    (( EUID == 0 )) && need apt-get || fail "missing: $* (install them, e.g. apt-get install $*)"
    log "installing $* with apt-get"
    timeout 300 apt-get update -qq > "$WORK/apt.log" 2>&1 &&
        DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq "$@" >> "$WORK/apt.log" 2>&1 ||
        { show_log "$WORK/apt.log"; fail "apt-get install $* failed"; }
}

if [[ $ENGINE == podman ]]; then
    (( EUID == 0 )) || fail "the podman route (chroot, mount namespace) needs root"
    missing=()
    need podman || missing+=(podman)
    need unshare || missing+=(util-linux)
    (( ${#missing[@]} == 0 )) || apt_install "${missing[@]}"
elif [[ $ENGINE != docker ]]; then
    fail "SMOKE_ENGINE must be docker or podman, not $ENGINE"
fi
log "engine: $ENGINE"

# ---------------------------------------------------------------------------------------------
# Base image (podman only): debian:bookworm-slim from Debian's mirror, trimmed as -slim is
# ---------------------------------------------------------------------------------------------
make_base_image() {
    need debootstrap || apt_install debootstrap
    local rootfs="$WORK/rootfs" started=$SECONDS
    log "making $BASE_IMAGE with debootstrap (about a minute)"
    timeout 900 debootstrap --variant=minbase bookworm "$rootfs" http://deb.debian.org/debian \
        > "$WORK/debootstrap.log" 2>&1 || { show_log "$WORK/debootstrap.log"; fail "debootstrap failed"; }
    # What the official -slim image does: no docs, man pages or locales; no apt caches.
    cat > "$rootfs/etc/dpkg/dpkg.cfg.d/docker-slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
EOF
    cat > "$rootfs/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
    printf 'Acquire::Languages "none";\n' > "$rootfs/etc/apt/apt.conf.d/docker-no-languages"
    printf 'deb http://deb.debian.org/debian bookworm main\ndeb http://deb.debian.org/debian bookworm-updates main\ndeb http://deb.debian.org/debian-security bookworm-security main\n' \
        > "$rootfs/etc/apt/sources.list"
    find "$rootfs/usr/share/doc" -mindepth 1 -not -type d -not -name copyright -delete
    find "$rootfs/usr/share/doc" -mindepth 1 -type d -empty -delete
    find "$rootfs/usr/share/locale" -mindepth 1 -maxdepth 1 -not -name locale.alias -exec rm -rf {} +
    rm -rf "$rootfs"/usr/share/{man,info,groff,lintian}/* "$rootfs"/var/lib/apt/lists/* \
        "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/log/apt/* \
        "$rootfs"/var/log/*.log "$rootfs"/tmp/*
    # debootstrap copies the host's name and resolver; an image carries neither.
    : > "$rootfs/etc/resolv.conf"
    echo localhost > "$rootfs/etc/hostname"
    printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' > "$rootfs/etc/hosts"
    : > "$rootfs/etc/machine-id"
    tar --numeric-owner -C "$rootfs" -c . |
        timeout 300 podman import --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
            --change 'CMD ["bash"]' - "docker.io/library/$BASE_IMAGE" > "$WORK/import.log" 2>&1 ||
        { show_log "$WORK/import.log"; fail "podman import of the base image failed"; }
    rm -rf "$rootfs"
    log "made $BASE_IMAGE in $((SECONDS - started))s"
}

# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------
if [[ $ENGINE == podman ]]; then
    timeout 60 podman image exists "$BASE_IMAGE" || make_base_image
fi
started=$SECONDS
if [[ $ENGINE == docker ]]; then
    log "building $IMAGE with docker (log: $WORK/build.log)"
    timeout "$BUILD_TIMEOUT" docker build -t "$IMAGE" "$ROOT" > "$WORK/build.log" 2>&1 ||
        { show_log "$WORK/build.log"; fail "docker build failed"; }
else
    build_args=(--isolation chroot --format docker --layers -t "$IMAGE")
    if [[ -r $CA_BUNDLE ]]; then
        printf '[global]\ncert = /etc/ssl/certs/host-ca.crt\n' > "$WORK/pip.conf"
        build_args+=(-v "$CA_BUNDLE:/etc/ssl/certs/host-ca.crt:ro" -v "$WORK/pip.conf:/etc/pip.conf:ro")
    fi
    log "building $IMAGE with podman (log: $WORK/build.log)"
    timeout "$BUILD_TIMEOUT" podman build "${build_args[@]}" "$ROOT" > "$WORK/build.log" 2>&1 ||
        { show_log "$WORK/build.log"; fail "podman build failed"; }
fi
log "built in $((SECONDS - started))s"
SIZE=$($ENGINE image inspect --format '{{.Size}}' "$IMAGE")
log "image size: $((SIZE / 1000000)) MB"

# ---------------------------------------------------------------------------------------------
# Run
# ---------------------------------------------------------------------------------------------
PORT=$(free_port)
BASE_URL="http://127.0.0.1:$PORT"

# One article of our own, for `newsdesk ingest /data/in` through a bind mount.
mkdir -p "$WORK/in"
cat > "$WORK/in/smoke.json" <<'EOF'
{"id": "docker-smoke-1", "title": "Smoke test reaches the newsroom", "source": "Docker Smoke",
 "published": "2024-05-01", "text": "A container ingested this article through a bind mount.\n\nIt should be listed next to the seeds."}
EOF
chmod 755 "$WORK" "$WORK/in"   # readable by the image's non-root user
chmod 644 "$WORK/in/smoke.json"

if [[ $ENGINE == docker ]]; then
    CONTAINER=newsdesk-smoke-$$
    if [[ -n $DATABASE ]]; then
        DATABASE_ARGS=(--network host -e "DATABASE_URL=$DATABASE")
        docker run -d --name "$CONTAINER" "${DATABASE_ARGS[@]}" "$IMAGE" \
            newsdesk serve --host 127.0.0.1 --port "$PORT" > /dev/null || fail "docker run failed"
    else
        DATABASE_ARGS=()
        docker run -d --name "$CONTAINER" -p "127.0.0.1:$PORT:8000" "$IMAGE" > /dev/null ||
            fail "docker run failed"
    fi
    server_alive() { [[ $(docker inspect -f '{{.State.Running}}' "$CONTAINER" 2> /dev/null) == true ]]; }
    server_log() { docker logs "$CONTAINER" > "$WORK/server.log" 2>&1; show_log "$WORK/server.log"; }
    ingest_in_image() { # ingest_in_image FOLDER: `newsdesk ingest FOLDER` in the image, $WORK/in at /data/in
        timeout 300 docker run --rm --volumes-from "$CONTAINER" "${DATABASE_ARGS[@]}" -v "$WORK/in:/data/in:ro" \
            "$IMAGE" newsdesk ingest "$1"
    }
else
    MNT=$(timeout 60 podman image mount "$IMAGE") || fail "podman image mount failed"
    MOUNTED=1
    # The image's user (numeric, from its own /etc/passwd), environment, working directory,
    # volumes and command; the command is told to listen on our port of 127.0.0.1 instead.
    podman image inspect --format '{{json .Config}}' "$IMAGE" > "$WORK/config.json"
    python3 - "$WORK/config.json" "$MNT" "$PORT" "$WORK" <<'EOF' || fail "cannot use the image's config"
import json, sys
from pathlib import Path

config_path, mnt, port, work = sys.argv[1:]
config = json.loads(Path(config_path).read_text())
user, _, group = (config.get("User") or "root").partition(":")

def lookup(name, table):
    if name.isdigit():
        return int(name)
    for line in Path(mnt, "etc", table).read_text().splitlines():
        fields = line.split(":")
        if fields[0] == name:
            return int(fields[2])
    sys.exit(f"no {name!r} in the image's /etc/{table}")

uid = lookup(user, "passwd")
if group:
    gid = lookup(group, "group")
else:
    gid = next((int(f[3]) for f in (l.split(":") for l in Path(mnt, "etc/passwd").read_text().splitlines())
                if f[2] == str(uid)), 0)
if uid == 0:
    sys.exit("the image runs as root; it should run as its non-root user")
argv = (config.get("Entrypoint") or []) + (config.get("Cmd") or [])
for flag, value in (("--host", "127.0.0.1"), ("--port", port)):
    if flag not in argv:
        sys.exit(f"the image's command {argv} has no {flag}")
    argv[argv.index(flag) + 1] = value
env = config.get("Env") or []
volumes = sorted(config.get("Volumes") or {})
out = Path(work)
(out / "userspec").write_text(f"{uid}:{gid}")
(out / "workdir").write_text(config.get("WorkingDir") or "/")
(out / "env").write_bytes(b"".join(e.encode() + b"\0" for e in env))
(out / "argv").write_bytes(b"".join(a.encode() + b"\0" for a in argv))
(out / "volumes").write_bytes(b"".join(v.encode() + b"\0" for v in volumes))
print(f"user {uid}:{gid}, volumes {volumes}, command {argv}", file=sys.stderr)
EOF
    USERSPEC=$(< "$WORK/userspec")
    WORKDIR=$(< "$WORK/workdir")
    mapfile -d '' IMAGE_ENV < "$WORK/env"
    # The later of two values of a variable is the one `env` leaves.
    [[ -z $DATABASE ]] || IMAGE_ENV+=("DATABASE_URL=$DATABASE")
    mapfile -d '' SERVE_ARGV < "$WORK/argv"
    mapfile -d '' VOLUMES < "$WORK/volumes"
    # Each volume starts as a copy of the image's content there, owner and modes included.
    for volume in "${VOLUMES[@]}"; do
        mkdir -p "$WORK/volumes.d$volume"
        cp -a "$MNT$volume/." "$WORK/volumes.d$volume/"
    done

    CHROOT=$(command -v chroot) || fail "chroot not found"
    # in_image [BIND_SRC BIND_DST]... -- CMD...: sets IN_IMAGE to the command line that runs
    # CMD inside the image as its user, with its environment and working directory, in a
    # private mount namespace (gone with the process), BIND_SRC mounted read-only at BIND_DST.
    # Every step execs the next, so the PID of IN_IMAGE is the PID of CMD.
    in_image() {
        local binds=()
        while [[ $1 != -- ]]; do binds+=("$1"); shift; done
        shift
        IN_IMAGE=(unshare --mount --propagation private /bin/sh -euc '
            mnt=$1 work=$2 nvol=$3 nbind=$4; shift 4
            i=0; while [ "$i" -lt "$nvol" ]; do
                mount --bind "$work/volumes.d$1" "$mnt$1"; shift; i=$((i + 1)); done
            i=0; while [ "$i" -lt "$nbind" ]; do
                mkdir -p "$mnt$2"; mount --bind -o ro "$1" "$mnt$2"; shift 2; i=$((i + 1)); done
            mount -t tmpfs -o mode=1777 tmpfs "$mnt/tmp"
            mount --rbind /dev "$mnt/dev"
            mount -t proc proc "$mnt/proc"
            exec "$@"
        ' sh "$MNT" "$WORK" "${#VOLUMES[@]}" "$(( ${#binds[@]} / 2 ))" "${VOLUMES[@]}" "${binds[@]}"
            env -i "${IMAGE_ENV[@]}" "$CHROOT" --userspec="$USERSPEC" "$MNT"
            /bin/sh -c 'cd "$0" && exec "$@"' "$WORKDIR" "$@")
    }
    in_image -- "${SERVE_ARGV[@]}"
    "${IN_IMAGE[@]}" > "$WORK/server.log" 2>&1 &
    SERVER_PID=$!
    server_alive() { kill -0 "$SERVER_PID" 2> /dev/null; }
    server_log() { show_log "$WORK/server.log"; }
    ingest_in_image() { in_image "$WORK/in" /data/in -- newsdesk ingest "$1"; timeout 300 "${IN_IMAGE[@]}"; }
fi
log "serving on $BASE_URL"

deadline=$((SECONDS + START_TIMEOUT))
until curl -fsS --max-time 5 "$BASE_URL/health" > /dev/null 2>&1; do
    server_alive || { server_log; fail "the server stopped before answering /health"; }
    (( SECONDS < deadline )) || { server_log; fail "no answer from /health within ${START_TIMEOUT}s"; }
    sleep 1
done
log "answered /health after $((SECONDS - deadline + START_TIMEOUT))s"

if [[ -n $DATABASE ]]; then
    ingest_in_image /opt/newsdesk/seeds > "$WORK/seeds.log" 2>&1 ||
        { show_log "$WORK/seeds.log"; fail "newsdesk ingest of the image's seeds into SMOKE_DATABASE_URL failed"; }
    log "ingest of the seeds into SMOKE_DATABASE_URL: $(tail -n 1 "$WORK/seeds.log")"
fi

# check_count LABEL N: /health and /articles both report N articles.
check_count() {
    local health articles
    health=$(curl -fsS --max-time 10 "$BASE_URL/health") || fail "GET /health failed"
    articles=$(curl -fsS --max-time 10 "$BASE_URL/articles") || fail "GET /articles failed"
    python3 - "$1" "$2" "$health" "$articles" <<'EOF' || fail "$1: unexpected answer (above)"
import json, sys

label, expected, health, articles = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3]), json.loads(sys.argv[4])
items = articles.get("items", [])
print(f"docker-smoke: {label}: /health {health}; /articles total={articles.get('total')}, "
      f"titles={[item.get('title') for item in items]}", file=sys.stderr)
problems = []
if health.get("status") != "ok":
    problems.append(f"/health status is {health.get('status')!r}")
if health.get("articles") != expected:
    problems.append(f"/health counts {health.get('articles')} articles, not {expected}")
if articles.get("total") != expected or len(items) != expected:
    problems.append(f"/articles lists {len(items)} (total {articles.get('total')}), not {expected}")
for problem in problems:
    print(f"docker-smoke: {label}: {problem}", file=sys.stderr)
sys.exit(1 if problems else 0)
EOF
}

check_count "seeds" "$EXPECTED"

# The seeds' extraction came with the image: quotes, entities and a timeline are there.
for endpoint in quotes entities timeline; do
    found=$(curl -fsS --max-time 10 "$BASE_URL/$endpoint?count=true" | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])') \
        || fail "GET /$endpoint failed"
    (( found > 0 )) || fail "/$endpoint is empty: the seeds were not extracted"
    log "/$endpoint: $found"
done

ingest_in_image /data/in > "$WORK/ingest.log" 2>&1 || { show_log "$WORK/ingest.log"; fail "newsdesk ingest /data/in failed"; }
log "ingest /data/in: $(tail -n 1 "$WORK/ingest.log")"
check_count "after ingest /data/in" "$((EXPECTED + 1))"

server_alive || fail "the server stopped"
echo "PASS: $IMAGE ($ENGINE, $((SIZE / 1000000)) MB) served the $EXPECTED seed articles${DATABASE:+ from SMOKE_DATABASE_URL} on $BASE_URL and ingested one more from /data/in"
