-- Per-database hardening, run by `salesdesk-admin init` as a superuser (idempotent).
-- :"dbname" is substituted by the runner with the quoted database name.
revoke all on database :"dbname" from public;
grant connect on database :"dbname" to salesdesk_user;
grant connect, create on database :"dbname" to salesdesk_owner;
-- No temporary tables for users: nothing can shadow a table through pg_temp.
revoke temporary on database :"dbname" from salesdesk_user;
revoke create on schema public from public;
revoke all on schema public from public;
create schema if not exists private authorization salesdesk_owner;
revoke all on schema private from public;
-- Large objects need no privilege to create: without this any employee could own objects
-- (a role that owns one cannot be dropped) and store blobs outside every policy.
revoke execute on function pg_catalog.lo_create(oid), pg_catalog.lo_creat(integer),
    pg_catalog.lo_from_bytea(oid, bytea) from public;
