-- api.approval_request_list, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api, private.declare_parent_owner, private.declare_reference

CREATE OR REPLACE FUNCTION api.approval_request_list(p_query jsonb DEFAULT '{}'::jsonb, p_sort text DEFAULT 'last_event_at'::text, p_descending boolean DEFAULT false, p_after text DEFAULT NULL::text, p_limit integer DEFAULT 50)
 RETURNS TABLE(id bigint, type text, record_kind text, record_id bigint, requester_id bigint, requester_name text, summary text, note text, amount numeric, discount numeric, state text, round integer, step_no integer, steps integer, submitted_at timestamp with time zone, decided_at timestamp with time zone, last_event_at timestamp with time zone, version integer, can_edit boolean, can_manage boolean, access text, cursor text)
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
            return query
                with page as materialized (
                    select l.*, row_number() over () as n
                    from private.list_page('approval_request', p_query, p_sort, p_descending, p_after, p_limit) l)
                select r.id, r.type, r.record_kind, r.record_id, r.requester_id, r.requester_name, r.summary, r.note, r.amount, r.discount, r.state, r.round, r.step_no, r.steps, r.submitted_at, r.decided_at, r.last_event_at, r.version, page.can_edit, page.can_manage, page.access, page.cursor
                from page join api.approval_request_rows(array(select page.id from page order by page.n)) r on r.id = page.id
                order by page.n;
        exception when data_exception then
            raise exception 'not a valid query' using errcode = 'SD005';
        end
        $function$;
alter function api.approval_request_list(p_query jsonb, p_sort text, p_descending boolean, p_after text, p_limit integer) owner to salesdesk_api;
grant execute on function api.approval_request_list(p_query jsonb, p_sort text, p_descending boolean, p_after text, p_limit integer) to salesdesk_user;
