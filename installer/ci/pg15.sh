#!/usr/bin/env bash
# Run a command against a throwaway Debian PostgreSQL 15 cluster:
#
#     installer/ci/pg15.sh .venv/bin/python -m pytest -q -m "not gui"
#
# Installs postgresql-15 when /usr/lib/postgresql/15/bin is missing (root, Debian 12),
# creates a cluster in a temporary folder with scram-sha-256 authentication only,
# starts it on a free port on 127.0.0.1, exports SALESDESK_TEST_DSN (superuser URL)
# for the command, and always stops and removes the cluster afterwards.
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

work=$(mktemp -d "${TMPDIR:-/tmp}/salesdesk-pg$PG_MAJOR.XXXXXX")
started=0
cleanup() {
    if [ "$started" -eq 1 ]; then
        as_server_user "$PGBIN/pg_ctl" stop -D "$work/data" -m fast -w >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

password=$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))')
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(umask 077 && printf '%s\n' "$password" > "$work/pwfile")
if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres:postgres "$work"
fi

say "PostgreSQL $PG_MAJOR: initdb (scram-sha-256 only) in $work"
as_server_user "$PGBIN/initdb" -D "$work/data" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth=scram-sha-256 --pwfile="$work/pwfile" >"$work/initdb.log" 2>&1 \
    || { cat "$work/initdb.log" >&2; exit 1; }
rm -f "$work/pwfile"

say "PostgreSQL $PG_MAJOR: starting on 127.0.0.1:$port"
as_server_user "$PGBIN/pg_ctl" start -D "$work/data" -w -t 60 -l "$work/server.log" \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$work -c fsync=off" \
    >/dev/null || { cat "$work/server.log" >&2; exit 1; }
started=1

export SALESDESK_TEST_DSN="postgresql://postgres:$password@127.0.0.1:$port/postgres"
say "running: $*"
set +e
"$@"
status=$?
set -e
say "command finished with exit code $status"
exit "$status"
