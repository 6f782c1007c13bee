-- private.contact_search_changed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0005_search.sql

CREATE OR REPLACE FUNCTION private.contact_search_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    update sales.customers set search_text = null
    where id in (case when tg_op <> 'INSERT' then old.customer_id end,
                 case when tg_op <> 'DELETE' then new.customer_id end);
    return null;
end
$function$;
alter function private.contact_search_changed() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
