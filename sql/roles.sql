-- Cluster-wide roles, run by `salesdesk-admin init` (and `migrate`) as a superuser before any
-- migration. Idempotent: safe to run on every init.
--   salesdesk_owner  NOLOGIN; owns every table and the private helpers. BYPASSRLS so that the
--                    SECURITY DEFINER policy helpers (which run as it) read the scope tables
--                    without recursing into policies; each such function checks its caller itself.
--   salesdesk_api    NOLOGIN, no BYPASSRLS, not the table owner: owns the API schema's functions
--                    and views, so row-level security decides every row they read or write.
--   salesdesk_user   NOLOGIN group; every employee's LOGIN role is a member of it. It may use the
--                    API schema and nothing else. CONNECT comes from a per-database group
--                    (database.sql), so a login of one company cannot open another's database.
do $$
begin
    if not exists (select from pg_roles where rolname = 'salesdesk_owner') then
        create role salesdesk_owner nologin bypassrls;
    end if;
    if not exists (select from pg_roles where rolname = 'salesdesk_api') then
        create role salesdesk_api nologin;
    end if;
    if not exists (select from pg_roles where rolname = 'salesdesk_user') then
        create role salesdesk_user nologin;
    end if;
end
$$;
alter role salesdesk_owner nologin bypassrls nocreaterole nocreatedb;
alter role salesdesk_api nologin nobypassrls nocreaterole nocreatedb;
alter role salesdesk_user nologin nobypassrls nocreaterole nocreatedb;
