-- api.instalment_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api, private.declare_parent_owner, private.declare_reference

CREATE OR REPLACE FUNCTION api.instalment_rows(p_ids bigint[] DEFAULT NULL::bigint[])
 RETURNS TABLE(id bigint, contract_id bigint, due_on date, amount numeric, note text, plan_version integer, updated_at timestamp with time zone, version integer)
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
                return query select i.id, i.contract_id, i.due_on, i.amount, i.note, i.plan_version, i.updated_at, i.version from sales.instalments i  order by i.contract_id, i.due_on, i.id;
            else
                return query select i.id, i.contract_id, i.due_on, i.amount, i.note, i.plan_version, i.updated_at, i.version from unnest(p_ids) with ordinality x(id, n)
                                 join sales.instalments i on i.id = x.id 
                             order by x.n;
            end if;
        end
        $function$;
alter function api.instalment_rows(p_ids bigint[]) owner to salesdesk_api;
grant execute on function api.instalment_rows(p_ids bigint[]) to salesdesk_user;
