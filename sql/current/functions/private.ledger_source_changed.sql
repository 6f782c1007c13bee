-- private.ledger_source_changed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION private.ledger_source_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    ids bigint[];
begin
    if tg_op = 'INSERT' then
        select array_agg(n.id) into ids from new_rows n;
    elsif tg_op = 'DELETE' then
        select array_agg(o.id) into ids from old_rows o;
    else
        execute format('select array_agg(n.id) from old_rows o join new_rows n on n.id = o.id '
                       'where (%s) is distinct from (%s)',
                       (select string_agg('o.' || quote_ident(c), ', ') from unnest(string_to_array(tg_argv[1], ',')) c),
                       (select string_agg('n.' || quote_ident(c), ', ') from unnest(string_to_array(tg_argv[1], ',')) c))
            into ids;
    end if;
    if tg_argv[0] = 'contracts' then
        perform private.ledger_contracts(ids);
    else
        perform private.ledger_refresh(tg_argv[0], ids);
    end if;
    return null;
end
$function$;
alter function private.ledger_source_changed() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
