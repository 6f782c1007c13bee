-- api.contract_get, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api, private.declare_parent_owner, private.declare_reference

CREATE OR REPLACE FUNCTION api.contract_get(p_id bigint)
 RETURNS TABLE(id bigint, number text, title text, status text, customer_id bigint, customer_name text, opportunity_id bigint, opportunity_title text, signed_on date, starts_on date, ends_on date, amount numeric, tax_amount numeric, total_amount numeric, notes text, approved_at timestamp with time zone, owner_id bigint, owner_name text, created_at timestamp with time zone, updated_at timestamp with time zone, archived_at timestamp with time zone, version integer, can_edit boolean, can_manage boolean, access text)
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
                    select r.id, r.number, r.title, r.status, r.customer_id, r.customer_name, r.opportunity_id, r.opportunity_title, r.signed_on, r.starts_on, r.ends_on, r.amount, r.tax_amount, r.total_amount, r.notes, r.approved_at, r.owner_id, r.owner_name, r.created_at, r.updated_at, r.archived_at, r.version, x.can_edit, x.can_manage, case when t.owner_id = private.current_employee_id() then 'owner' when private.sees_all() or t.owner_id = any (private.visible_owner_ids()) then 'scope' when t.id = any (private.shared_record_ids('contract', true)) then 'write' else 'read' end
                    from api.contract_rows(array[p_id]) r
                        join sales.contracts t on t.id = r.id
                        cross join lateral private.record_rights('contract', r.id) x;
            end
            $function$;
alter function api.contract_get(p_id bigint) owner to salesdesk_api;
grant execute on function api.contract_get(p_id bigint) to salesdesk_user;
