-- private.require_shares, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

CREATE OR REPLACE FUNCTION private.require_shares(p_kind text)
 RETURNS private.record_kinds
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    k private.record_kinds;
begin
    select * into k from private.record_kinds where kind = p_kind;
    if k.kind is null then
        raise exception 'kind %: declare it first', p_kind;
    end if;
    if k.parent_kind is not null or not k.shares then
        raise exception 'kind %: an access route needs an owned kind declared with p_shares => true', p_kind;
    end if;
    return k;
end
$function$;
alter function private.require_shares(p_kind text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
