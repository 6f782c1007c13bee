-- api.lead_get, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api, private.declare_parent_owner, private.declare_reference

CREATE OR REPLACE FUNCTION api.lead_get(p_id bigint)
 RETURNS TABLE(id bigint, company_name text, contact_name text, phone text, mobile text, email text, source text, notes text, status text, disqualify_reason text, converted_customer_id bigint, converted_customer_name text, converted_contact_id bigint, converted_opportunity_id bigint, converted_at timestamp with time zone, converted_by_name text, owner_id bigint, owner_name text, pool_id bigint, pool_name text, unit_id bigint, unit_name text, created_at timestamp with time zone, updated_at timestamp with time zone, archived_at timestamp with time zone, version integer, can_edit boolean, can_manage boolean, access text)
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
                    select r.id, r.company_name, r.contact_name, r.phone, r.mobile, r.email, r.source, r.notes, r.status, r.disqualify_reason, r.converted_customer_id, r.converted_customer_name, r.converted_contact_id, r.converted_opportunity_id, r.converted_at, r.converted_by_name, r.owner_id, r.owner_name, r.pool_id, r.pool_name, r.unit_id, r.unit_name, r.created_at, r.updated_at, r.archived_at, r.version, x.can_edit, x.can_manage, case when t.owner_id = private.current_employee_id() then 'owner' when private.sees_all() or t.owner_id = any (private.visible_owner_ids()) then 'scope' when t.owner_id is null then 'pool' when t.id = any (private.shared_record_ids('lead', true)) then 'write' else 'read' end
                    from api.lead_rows(array[p_id]) r
                        join sales.leads t on t.id = r.id
                        cross join lateral private.record_rights('lead', r.id) x;
            end
            $function$;
alter function api.lead_get(p_id bigint) owner to salesdesk_api;
grant execute on function api.lead_get(p_id bigint) to salesdesk_user;
