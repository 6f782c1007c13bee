-- private.check_reference_quotes_opportunity_id, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api, private.declare_parent_owner, private.declare_reference

CREATE OR REPLACE FUNCTION private.check_reference_quotes_opportunity_id()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    -- written by private.declare_reference('quote', 'opportunity_id', 'opportunity'): the writer must see the record
    if new.opportunity_id is null or tg_op = 'UPDATE' and new.opportunity_id is not distinct from old.opportunity_id then
        return new;
    end if;
    if not exists (select 1 from sales.opportunities t where t.id = new.opportunity_id) then
        raise exception 'referenced record not found' using errcode = 'P0002';
    end if;
    return new;
end
$function$;
alter function private.check_reference_quotes_opportunity_id() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
