-- api.payment_get, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api, private.declare_parent_owner, private.declare_reference

CREATE OR REPLACE FUNCTION api.payment_get(p_id bigint)
 RETURNS TABLE(id bigint, contract_id bigint, contract_number text, contract_title text, customer_id bigint, customer_name text, received_on date, amount numeric, method text, reference text, status text, note text, created_by bigint, created_by_name text, updated_at timestamp with time zone, version integer, can_edit boolean, can_manage boolean, access text)
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
                    select r.id, r.contract_id, r.contract_number, r.contract_title, r.customer_id, r.customer_name, r.received_on, r.amount, r.method, r.reference, r.status, r.note, r.created_by, r.created_by_name, r.updated_at, r.version, x.can_edit, x.can_manage, null::text
                    from api.payment_rows(array[p_id]) r
                        join sales.payments t on t.id = r.id
                        cross join lateral private.record_rights('payment', r.id) x;
            end
            $function$;
alter function api.payment_get(p_id bigint) owner to salesdesk_api;
grant execute on function api.payment_get(p_id bigint) to salesdesk_user;
