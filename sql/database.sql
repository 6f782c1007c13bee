-- Per-database hardening, run by `salesdesk-admin init` (and `migrate`) as a superuser
-- (idempotent). The runner substitutes :"dbname" (the quoted database name).
revoke all on database :"dbname" from public;
-- CONNECT per database: salesdesk_user is cluster-wide, so granting it CONNECT would let a login
-- of another company's database in the same cluster in.
create schema if not exists private authorization salesdesk_owner;
-- The name of this database's CONNECT group (role names are cluster-wide, 63 bytes at most).
create or replace function private.connect_role() returns text
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    select case when ('salesdesk_connect_' || lower(current_database())) ~ '^[a-z0-9_]{1,63}$'
                then 'salesdesk_connect_' || lower(current_database())
                else 'salesdesk_connect_' || left(encode(sha256(convert_to(current_database(), 'UTF8')), 'hex'), 16)
           end
$$;
alter function private.connect_role() owner to salesdesk_owner;
revoke all on function private.connect_role() from public;
do $$
begin
    if not exists (select from pg_roles where rolname = private.connect_role()) then
        execute format('create role %I nologin', private.connect_role());
    end if;
    execute format('grant connect on database %I to %I', current_database(), private.connect_role());
end
$$;
revoke connect on database :"dbname" from salesdesk_user;
grant connect, create on database :"dbname" to salesdesk_owner;
grant connect on database :"dbname" to salesdesk_api;
-- No temporary tables for users: nothing can shadow a table through pg_temp.
revoke temporary on database :"dbname" from salesdesk_user;
revoke create on schema public from public;
revoke all on schema public from public;
revoke all on schema private from public;
-- No DO blocks for employees: a DO block runs statements whose text the API cannot see
-- (current_query() shows only the DO), e.g. an EXPLAIN (ANALYZE) spelt 'exp' || 'lain', which
-- private.require_employee() refuses when it can see it. Calling a function needs no USAGE on
-- its language; the roles that create the schema's functions keep it.
revoke usage on language plpgsql from public;
grant usage on language plpgsql to salesdesk_owner, salesdesk_api;
-- Large objects need no privilege to create: without this any employee could own objects
-- (a role that owns one cannot be dropped) and store blobs outside every policy.
revoke execute on function pg_catalog.lo_create(oid), pg_catalog.lo_creat(integer),
    pg_catalog.lo_from_bytea(oid, bytea) from public;
-- Per-table statistics are a covert channel: a session's own counters (seq_tup_read,
-- idx_tup_fetch, ...) move when a query touches hidden rows. Employees need none of them.
do $$
declare
    f regprocedure;
    v regclass;
begin
    for f in select p.oid::regprocedure from pg_proc p
             where p.pronamespace = 'pg_catalog'::regnamespace
               and (p.proname like 'pg\_stat\_get\_%' or p.proname = 'pg_stat_have_stats')
    loop
        execute format('revoke execute on function %s from public', f);
    end loop;
    for v in select c.oid::regclass from pg_class c
             where c.relnamespace = 'pg_catalog'::regnamespace and c.relkind = 'v'
               and (c.relname like 'pg\_stat\_%' or c.relname like 'pg\_statio\_%')
    loop
        execute format('revoke select on %s from public', v);
    end loop;
end
$$;
-- Array containment (`@>`) is what the search index answers. Marked leakproof in this database
-- so that the API's own search predicate can use the GIN index under row-level security (a
-- non-leakproof operator must wait until the policy has filtered every row). It cannot leak
-- here: employees hold no privilege on any table, so the only predicates ever applied to table
-- rows are the API functions' own, and their plans and statistics are hidden from the caller.
-- It raises no error that depends on the values compared.
alter function pg_catalog.arraycontains(anyarray, anyarray) leakproof;
-- Must-change-password (0014): the API learns whether the caller still has the password IT set
-- by comparing digests of SCRAM verifiers, which only a superuser may read (pg_authid). This one
-- function, owned by the superuser running init (as PgBouncer's auth_query function is), gives
-- the API role the digest of the *caller's own* verifier and nothing else. Employees cannot call
-- it (no USAGE on its schema, no EXECUTE). Kept out of backups and recreated here on restore.
create schema if not exists salesdesk_auth;
revoke all on schema salesdesk_auth from public;
grant usage on schema salesdesk_auth to salesdesk_api;
create or replace function salesdesk_auth.password_digest() returns text
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select encode(sha256(convert_to(a.rolpassword, 'UTF8')), 'hex')
    from pg_catalog.pg_authid a where a.rolname = session_user
$$;
revoke all on function salesdesk_auth.password_digest() from public;
grant execute on function salesdesk_auth.password_digest() to salesdesk_api;
-- Only the company's database: CONNECT on `postgres` and `template1` is granted to PUBLIC by
-- default, and nothing of the above applies there (per-database revocations, the statistics
-- functions, DO blocks, temporary tables, large objects): an employee connected there could read
-- the buffer statistics of their own salesdesk session. Superusers and the owner keep CONNECT.
-- Other databases of a shared cluster are not touched (their applications may need PUBLIC):
-- `init` names them, and pg_hba.conf keeps employees out (README, "Security model").
revoke connect, temporary on database postgres from public;
revoke connect, temporary on database template1 from public;
