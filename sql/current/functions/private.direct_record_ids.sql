-- private.direct_record_ids, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

CREATE OR REPLACE FUNCTION private.direct_record_ids(p_kind text, p_write boolean DEFAULT false)
 RETURNS bigint[]
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    me bigint := private.current_employee_id();
    ids bigint[];
    more bigint[];
    m private.kind_members;
begin
    select coalesce(array_agg(s.record_id), '{}') into ids
    from sales.record_shares s
    where s.employee_id = me and s.kind = p_kind
      and (s.expires_at is null or s.expires_at > statement_timestamp())
      and (not p_write or s.access = 'write');
    for m in select * from private.kind_members where kind = p_kind loop
        execute format('select coalesce(array_agg(%1$I), ''{}'') from %2$s where %3$I = $1 '
                       'and (not $2 or %4$I = ''write'')',
                       m.record_column, m.table_name, m.employee_column, m.access_column)
            into more using me, p_write;
        ids := ids || more;
    end loop;
    return ids;
end
$function$;
alter function private.direct_record_ids(p_kind text, p_write boolean) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
