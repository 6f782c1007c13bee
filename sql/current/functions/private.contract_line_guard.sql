-- private.contract_line_guard, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION private.contract_line_guard()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    st text;
begin
    if current_user = 'salesdesk_api' then
        select c.status into st from sales.contracts c
        where c.id = case when tg_op = 'DELETE' then old.contract_id else new.contract_id end
        for no key update;
        if st is not null and not private.contract_editable(st) then
            raise exception 'only a draft or rejected contract changes; an approved one through an amendment'
                using errcode = 'SDC01', detail = st;
        end if;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$function$;
alter function private.contract_line_guard() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
