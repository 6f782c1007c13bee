-- api.target_version_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api, private.declare_parent_owner, private.declare_reference

CREATE OR REPLACE FUNCTION api.target_version_rows(p_ids bigint[] DEFAULT NULL::bigint[])
 RETURNS TABLE(id bigint, owner_id bigint, owner_name text, fiscal_year integer, metric text, number integer, status text, reason text, based_on bigint, submitted_at timestamp with time zone, published_at timestamp with time zone, superseded_at timestamp with time zone, created_at timestamp with time zone, updated_at timestamp with time zone, version integer)
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
                return query select v.id, v.owner_id, o.name as owner_name, v.fiscal_year, v.metric, v.number, v.status, v.reason, v.based_on,
     v.submitted_at, v.published_at, v.superseded_at, v.created_at, v.updated_at, v.version from sales.target_versions v left join sales.employees o on o.id = v.owner_id order by v.updated_at desc, v.id desc;
            else
                return query select v.id, v.owner_id, o.name as owner_name, v.fiscal_year, v.metric, v.number, v.status, v.reason, v.based_on,
     v.submitted_at, v.published_at, v.superseded_at, v.created_at, v.updated_at, v.version from unnest(p_ids) with ordinality x(id, n)
                                 join sales.target_versions v on v.id = x.id left join sales.employees o on o.id = v.owner_id
                             order by x.n;
            end if;
        end
        $function$;
alter function api.target_version_rows(p_ids bigint[]) owner to salesdesk_api;
grant execute on function api.target_version_rows(p_ids bigint[]) to salesdesk_user;
