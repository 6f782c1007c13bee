-- api.approval_request_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api, private.declare_parent_owner, private.declare_reference

CREATE OR REPLACE FUNCTION api.approval_request_rows(p_ids bigint[] DEFAULT NULL::bigint[])
 RETURNS TABLE(id bigint, type text, record_kind text, record_id bigint, requester_id bigint, requester_name text, summary text, note text, amount numeric, discount numeric, state text, round integer, step_no integer, steps integer, submitted_at timestamp with time zone, decided_at timestamp with time zone, last_event_at timestamp with time zone, version integer)
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
                return query select r.id, r.type, r.record_kind, r.record_id, r.requester_id, e.name as requester_name, r.summary, r.note, r.amount, r.discount, r.state, r.round, r.step_no, r.steps, r.submitted_at, r.decided_at, r.last_event_at, r.version from sales.approval_requests r join sales.employees e on e.id = r.requester_id order by r.submitted_at desc, r.id;
            else
                return query select r.id, r.type, r.record_kind, r.record_id, r.requester_id, e.name as requester_name, r.summary, r.note, r.amount, r.discount, r.state, r.round, r.step_no, r.steps, r.submitted_at, r.decided_at, r.last_event_at, r.version from unnest(p_ids) with ordinality x(id, n)
                                 join sales.approval_requests r on r.id = x.id join sales.employees e on e.id = r.requester_id
                             order by x.n;
            end if;
        end
        $function$;
alter function api.approval_request_rows(p_ids bigint[]) owner to salesdesk_api;
grant execute on function api.approval_request_rows(p_ids bigint[]) to salesdesk_user;
