-- api.month_close_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api, private.declare_parent_owner, private.declare_reference

CREATE OR REPLACE FUNCTION api.month_close_rows(p_ids bigint[] DEFAULT NULL::bigint[])
 RETURNS TABLE(id bigint, owner_id bigint, owner_name text, node_kind text, node_id bigint, month text, closed_at timestamp with time zone, note text, created_at timestamp with time zone, updated_at timestamp with time zone, archived_at timestamp with time zone, version integer)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
        begin
            perform private.require_employee();
            -- two statements, not `p_ids is null or id = any (p_ids)`: that OR would scan every row
            if p_ids is null then
                return query select m.id, m.owner_id, o.name as owner_name, m.node_kind, m.node_id, m.month, m.closed_at, m.note,
     m.created_at, m.updated_at, m.archived_at, m.version from sales.month_closes m left join sales.employees o on o.id = m.owner_id order by m.closed_at desc, m.id desc;
            else
                return query select m.id, m.owner_id, o.name as owner_name, m.node_kind, m.node_id, m.month, m.closed_at, m.note,
     m.created_at, m.updated_at, m.archived_at, m.version from unnest(p_ids) with ordinality x(id, n)
                                 join sales.month_closes m on m.id = x.id left join sales.employees o on o.id = m.owner_id
                             order by x.n;
            end if;
        end
        $function$;
alter function api.month_close_rows(p_ids bigint[]) owner to salesdesk_api;
grant execute on function api.month_close_rows(p_ids bigint[]) to salesdesk_user;
