#!/usr/bin/env bash
# IT's round trip against a TLS-only PostgreSQL 15, from the command line, as the README's
# "Production set-up" tells it:
#
#     installer/ci/tls_roundtrip.sh            (from the repository, after bootstrap.py test)
#
#  1. a CA and a server certificate made with openssl (the README's commands);
#  2. a throwaway Debian PostgreSQL 15 cluster with ssl = on and a pg_hba.conf of `hostssl …
#     scram-sha-256` lines only: no Unix-socket or plain TCP login at all;
#  3. salesdesk-admin init and demo, backup, and restore into a new database; init and
#     `user import` of the example spreadsheet into a second company's database; every URL
#     with sslmode=verify-full&sslrootcert=<the CA>;
#  4. checks: a plain (non-TLS) connection is refused, the restored database has the same
#     employees, customers and contacts, a demo login signs in to it over TLS, an imported
#     login signs in over TLS and must change its password, the password file is 0600.
# Installs postgresql-15, postgresql-client-15 and openssl when missing (root, Debian 12).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

PG_MAJOR=15
PGBIN=/usr/lib/postgresql/$PG_MAJOR/bin
PY=.venv/bin/python
ADMIN=(.venv/bin/python -m salesdesk.admin.cli)

say() { echo "==> $*"; }
fail() { echo "!!  $*" >&2; exit 1; }

[ -x "$PY" ] || fail "no .venv: run python3 installer/bootstrap.py test first"

missing=()
[ -x "$PGBIN/initdb" ] || missing+=("postgresql-$PG_MAJOR")
[ -x "$PGBIN/psql" ] || missing+=("postgresql-client-$PG_MAJOR")
command -v openssl >/dev/null || missing+=(openssl)
if [ "${#missing[@]}" -gt 0 ]; then
    [ "$(id -u)" -eq 0 ] || fail "missing: ${missing[*]}; run: sudo apt-get install -y ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    say "installing ${missing[*]}"
    apt-get update -q >/dev/null
    apt-get install -y -q --no-install-recommends postgresql-common >/dev/null
    sed -i -E 's/^#?[[:space:]]*create_main_cluster[[:space:]]*=.*/create_main_cluster = false/' \
        /etc/postgresql-common/createcluster.conf
    apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

work=$(mktemp -d "${TMPDIR:-/tmp}/salesdesk-tls.XXXXXX")
chmod 755 "$work"
started=0
cleanup() {
    if [ "$started" -eq 1 ]; then
        as_server_user "$PGBIN/pg_ctl" stop -D "$work/data" -m fast -w >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

say "certificates: a CA and a server certificate for localhost (openssl)"
certs="$work/certs"
mkdir -p "$certs"
openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=salesdesk test CA" \
    -keyout "$certs/ca.key" -out "$certs/ca.crt" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
    -keyout "$certs/server.key" -out "$certs/server.csr" 2>/dev/null
printf 'subjectAltName = DNS:localhost, IP:127.0.0.1\n' > "$certs/san.ext"
openssl x509 -req -in "$certs/server.csr" -CA "$certs/ca.crt" -CAkey "$certs/ca.key" -CAcreateserial \
    -days 825 -extfile "$certs/san.ext" -out "$certs/server.crt" 2>/dev/null

password=$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))')
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(umask 077 && printf '%s\n' "$password" > "$work/pwfile")
if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$work"; fi

say "PostgreSQL $PG_MAJOR: initdb, ssl = on, hostssl lines only"
as_server_user "$PGBIN/initdb" -D "$work/data" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth=scram-sha-256 --pwfile="$work/pwfile" >"$work/initdb.log" 2>&1 \
    || { cat "$work/initdb.log" >&2; exit 1; }
rm -f "$work/pwfile"
as_server_user cp "$certs/server.crt" "$certs/server.key" "$work/data/"
as_server_user chmod 600 "$work/data/server.key"
as_server_user tee -a "$work/data/postgresql.conf" >/dev/null <<EOF
ssl = on
ssl_cert_file = 'server.crt'
ssl_key_file = 'server.key'
ssl_min_protocol_version = 'TLSv1.2'
EOF
# TLS only: no `local` (Unix socket) and no plain `host` line, so nothing logs in without TLS.
as_server_user tee "$work/data/pg_hba.conf" >/dev/null <<EOF
hostssl all all 127.0.0.1/32 scram-sha-256
hostssl all all ::1/128      scram-sha-256
EOF
as_server_user "$PGBIN/pg_ctl" start -D "$work/data" -w -t 60 -l "$work/server.log" \
    -o "-c listen_addresses=localhost -c port=$port -c unix_socket_directories=$work -c fsync=off" \
    >/dev/null || { cat "$work/server.log" >&2; exit 1; }
started=1

tls="sslmode=verify-full&sslrootcert=$certs/ca.crt"
dsn="postgresql://postgres:$password@localhost:$port/salesdesk?$tls"
restored="postgresql://postgres:$password@localhost:$port/salesdesk_restored?$tls"

say "a connection without TLS is refused"
if PGPASSWORD=$password "$PGBIN/psql" -X -w "host=localhost port=$port user=postgres dbname=postgres sslmode=disable" \
        -c 'select 1' >/dev/null 2>"$work/plain.err"; then
    fail "the server accepted a connection without TLS"
fi
grep -q "no pg_hba.conf entry" "$work/plain.err" || { cat "$work/plain.err" >&2; fail "unexpected refusal"; }

# As IT runs it: salesdesk-admin finds client tools with TLS support by itself (the bundled
# PostgreSQL 18 tools have none).
run_admin() { "${ADMIN[@]}" "$@"; }

say "salesdesk-admin init / demo over verify-full"
run_admin init --dsn "$dsn"
run_admin demo --dsn "$dsn" >"$work/demo.out"

say "another company from the example spreadsheet (30 people) over verify-full"
acme="postgresql://postgres:$password@localhost:$port/acme?$tls"
run_admin init --dsn "$acme"
run_admin user import installer/examples/employees.xlsx --dsn "$acme" --out "$work/acme-passwords.csv"
[ "$(stat -c %a "$work/acme-passwords.csv")" = 600 ] || fail "the password file is readable by others"
[ "$(($(wc -l <"$work/acme-passwords.csv") - 1))" = 30 ] || fail "not 30 passwords"
first=$(sed -n 2p "$work/acme-passwords.csv" | tr -d '\r')
"$PY" - "$acme" "${first%%,*}" "${first##*,}" <<'EOF'
import sys

import psycopg

from salesdesk.db.urls import with_login

with psycopg.connect(with_login(sys.argv[1], sys.argv[2], sys.argv[3])) as conn:
    assert conn.pgconn.ssl_in_use, "not TLS"
    assert conn.execute("select api.password_change_required()").fetchone()[0] is True
EOF

say "salesdesk-admin backup / restore over verify-full"
run_admin backup --dsn "$dsn" --out "$work/salesdesk.backup"
run_admin restore --dsn "$restored" --in "$work/salesdesk.backup"

say "the restored database matches"
count() {
    "$PY" - "$1" <<'EOF'
import sys

import psycopg

from salesdesk.db.urls import libpq_url

with psycopg.connect(libpq_url(sys.argv[1])) as conn:
    row = conn.execute("select (select count(*) from sales.employees), (select count(*) from sales.customers), "
                       "(select count(*) from sales.contacts)").fetchone()
    print(*row)
EOF
}
before=$(count "$dsn")
after=$(count "$restored")
[ "$before" = "$after" ] || fail "restored counts differ: $before vs $after"
say "employees, customers, contacts: $after"

say "an employee signs in to the restored database over TLS with the demo password"
demo_password=$(sed -n 's/^PASSWORD=//p' "$work/demo.out")
"$PY" - "$restored" "$demo_password" <<'EOF'
import sys

import psycopg

from salesdesk.db.urls import with_login

with psycopg.connect(with_login(sys.argv[1], "director", sys.argv[2])) as conn:
    assert conn.pgconn.ssl_in_use, "not TLS"
    assert conn.execute("select count(*) from api.customers").fetchone()[0] > 0
EOF
say "TLS round trip passed"
