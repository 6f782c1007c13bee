-- private.contract_lines_changed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION private.contract_lines_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    c bigint;
begin
    for c in select distinct x from unnest(array[case when tg_op <> 'INSERT' then old.contract_id end,
                                                 case when tg_op <> 'DELETE' then new.contract_id end]) x
             where x is not null loop
        perform private.contract_totals(c);
    end loop;
    return null;
end
$function$;
alter function private.contract_lines_changed() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
