-- Cluster-wide roles, run by `salesdesk-admin init` as a superuser before any migration.
-- Idempotent: safe to run on every init.
--   salesdesk_owner  NOLOGIN; owns every schema object. BYPASSRLS so that SECURITY DEFINER
--                    functions (which run as it) read the scope tables without recursing into
--                    policies; each such function checks its caller itself.
--   salesdesk_user   NOLOGIN group; every employee's LOGIN role is a member of it.
do $$
begin
    if not exists (select from pg_roles where rolname = 'salesdesk_owner') then
        create role salesdesk_owner nologin bypassrls;
    end if;
    if not exists (select from pg_roles where rolname = 'salesdesk_user') then
        create role salesdesk_user nologin;
    end if;
end
$$;
alter role salesdesk_owner nologin bypassrls nocreaterole nocreatedb;
alter role salesdesk_user nologin nobypassrls nocreaterole nocreatedb;
