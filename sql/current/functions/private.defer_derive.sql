-- private.defer_derive, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0047_import_bulk.sql

CREATE OR REPLACE FUNCTION private.defer_derive(p_ids bigint[])
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if p_ids is null then
        insert into private.derive_deferred (xact) values (pg_current_xact_id()) on conflict do nothing;
        return;
    end if;
    delete from private.derive_deferred where xact = pg_current_xact_id();
    update sales.customers set search_text = null where id = any (p_ids) and search_text is null;
end
$function$;
alter function private.defer_derive(p_ids bigint[]) owner to salesdesk_owner;
grant execute on function private.defer_derive(p_ids bigint[]) to salesdesk_api;
