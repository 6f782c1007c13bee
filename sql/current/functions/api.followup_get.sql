-- api.followup_get, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api, private.declare_parent_owner, private.declare_reference

CREATE OR REPLACE FUNCTION api.followup_get(p_id bigint)
 RETURNS TABLE(id bigint, owner_id bigint, owner_name text, customer_id bigint, customer_name text, contact_id bigint, contact_name text, opportunity_id bigint, kind text, happened_at timestamp with time zone, summary text, outcome text, next_followup_on date, satisfaction smallint, created_at timestamp with time zone, updated_at timestamp with time zone, archived_at timestamp with time zone, version integer, can_edit boolean, can_manage boolean, access text)
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
                    select r.id, r.owner_id, r.owner_name, r.customer_id, r.customer_name, r.contact_id, r.contact_name, r.opportunity_id, r.kind, r.happened_at, r.summary, r.outcome, r.next_followup_on, r.satisfaction, r.created_at, r.updated_at, r.archived_at, r.version, x.can_edit, x.can_manage, case when t.owner_id = private.current_employee_id() then 'owner' when private.sees_all() or t.owner_id = any (private.visible_owner_ids()) then 'scope' when t.id = any (private.shared_record_ids('followup', true)) then 'write' else 'read' end
                    from api.followup_rows(array[p_id]) r
                        join sales.followups t on t.id = r.id
                        cross join lateral private.record_rights('followup', r.id) x;
            end
            $function$;
alter function api.followup_get(p_id bigint) owner to salesdesk_api;
grant execute on function api.followup_get(p_id bigint) to salesdesk_user;
