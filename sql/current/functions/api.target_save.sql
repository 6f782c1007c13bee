-- api.target_save, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION api.target_save(p_version bigint, p_cells jsonb)
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
declare
    c record;
    n integer := 0;
    done integer;
begin
    perform private.require_employee();
    if (private.target_version_of(p_version)).status is distinct from 'draft' then
        raise exception 'a published or submitted target version is locked: copy it into a new version'
            using errcode = 'SDT02';
    end if;
    for c in select * from jsonb_to_recordset(coalesce(p_cells, '[]'))
             as x (node_kind text, node_id bigint, month date, tier text, value numeric) loop
        if not private.target_node_writable(c.node_kind, c.node_id) then
            raise exception 'you may not set this target' using errcode = '42501';
        end if;
        if c.value is null then
            update sales.target_values set value = 0
            where version_id = p_version and node_kind = c.node_kind and node_id is not distinct from c.node_id
              and month = c.month and tier = coalesce(c.tier, 'target');
        else
            insert into sales.target_values (version_id, node_kind, node_id, month, tier, value)
            values (p_version, c.node_kind, c.node_id, c.month, coalesce(c.tier, 'target'), c.value)
            on conflict (version_id, node_kind, coalesce(node_id, 0), month, tier)
            do update set value = excluded.value;
        end if;
        get diagnostics done = row_count;
        n := n + done;
    end loop;
    return n;
end
$function$;
alter function api.target_save(p_version bigint, p_cells jsonb) owner to salesdesk_api;
grant execute on function api.target_save(p_version bigint, p_cells jsonb) to salesdesk_user;
