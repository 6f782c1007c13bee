#!/usr/bin/env bash
# Run a command against throwaway Debian PostgreSQL 15 clusters:
#
#     installer/ci/pg15.sh .venv/bin/python -m pytest -q -m "not gui"
#     PG15_CLUSTERS=2 installer/ci/pg15.sh .venv/bin/python -m pytest -q -n 2 -m "not gui"
#
# Installs postgresql-15 when /usr/lib/postgresql/15/bin is missing (root, Debian 12),
# creates PG15_CLUSTERS clusters (default 1) in a temporary folder with scram-sha-256
# authentication only, starts each on a free port on 127.0.0.1, exports
# SALESDESK_TEST_DSN (their superuser URLs, separated by spaces) for the command, and
# always stops and removes them afterwards. The test session of pytest-xdist's worker
# gwN takes the N-th URL: role names are cluster-wide, so parallel sessions each get a
# server of their own, as they do on the bundled one.
# As root the server runs as the `postgres` OS user (PostgreSQL refuses root);
# as a normal user it runs as that user.
set -euo pipefail

PG_MAJOR=15
PGBIN=/usr/lib/postgresql/$PG_MAJOR/bin

say() { echo "==> $*"; }

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

if [ ! -x "$PGBIN/initdb" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "PostgreSQL $PG_MAJOR is not installed; run: sudo apt-get install -y postgresql-$PG_MAJOR" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    say "installing postgresql-$PG_MAJOR"
    apt-get update -q >/dev/null
    # postgresql-common first, told not to create (and start) the default cluster
    apt-get install -y -q --no-install-recommends postgresql-common >/dev/null
    sed -i -E 's/^#?[[:space:]]*create_main_cluster[[:space:]]*=.*/create_main_cluster = false/' \
        /etc/postgresql-common/createcluster.conf
    apt-get install -y -q --no-install-recommends "postgresql-$PG_MAJOR" >/dev/null
fi

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

clusters=${PG15_CLUSTERS:-1}
case "$clusters" in
    ''|*[!0-9]*|0) echo "PG15_CLUSTERS must be a positive number, not '$clusters'" >&2; exit 2 ;;
esac

work=$(mktemp -d "${TMPDIR:-/tmp}/salesdesk-pg$PG_MAJOR.XXXXXX")
started=()
cleanup() {
    for data in "${started[@]}"; do
        # immediate: the clusters are deleted next, a shutdown checkpoint would only cost time
        as_server_user "$PGBIN/pg_ctl" stop -D "$data" -m immediate -w >/dev/null 2>&1 || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$work"
fi

urls=()
for n in $(seq 1 "$clusters"); do
    dir="$work/$n"
    as_server_user mkdir -m 700 "$dir"
    password=$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))')
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    (umask 077 && printf '%s\n' "$password" > "$dir/pwfile")
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$dir/pwfile"
    fi

    say "PostgreSQL $PG_MAJOR ($n of $clusters): initdb (scram-sha-256 only) in $dir"
    as_server_user "$PGBIN/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth=scram-sha-256 --pwfile="$dir/pwfile" >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/pwfile"

    say "PostgreSQL $PG_MAJOR ($n of $clusters): starting on 127.0.0.1:$port"
    as_server_user "$PGBIN/pg_ctl" start -D "$dir/data" -w -t 60 -l "$dir/server.log" \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off" \
        >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    started+=("$dir/data")
    urls+=("postgresql://postgres:$password@127.0.0.1:$port/postgres")
done

export SALESDESK_TEST_DSN="${urls[*]}"
say "running: $*"
set +e
"$@"
status=$?
set -e
say "command finished with exit code $status"
exit "$status"
