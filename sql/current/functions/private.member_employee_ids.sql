-- private.member_employee_ids, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0051_route_sets_kept.sql

CREATE OR REPLACE FUNCTION private.member_employee_ids(p_kind text, p_ids bigint[])
 RETURNS bigint[]
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    people bigint[] := '{}';
    more bigint[];
    m private.kind_members;
begin
    for m in select * from private.kind_members where kind = p_kind loop
        execute format('select coalesce(array_agg(%1$I), ''{}'') from %2$s where %3$I = any ($1)',
                       m.employee_column, m.table_name, m.record_column)
            into more using p_ids;
        people := people || more;
    end loop;
    return people;
end
$function$;
alter function private.member_employee_ids(p_kind text, p_ids bigint[]) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
