-- api.quote_list, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api, private.declare_parent_owner, private.declare_reference

CREATE OR REPLACE FUNCTION api.quote_list(p_query jsonb DEFAULT '{}'::jsonb, p_sort text DEFAULT 'updated_at'::text, p_descending boolean DEFAULT true, p_after text DEFAULT NULL::text, p_limit integer DEFAULT 50)
 RETURNS TABLE(id bigint, number text, revision integer, title text, status text, customer_id bigint, customer_name text, valid_until date, total_amount numeric, max_discount numeric, approval text, owner_id bigint, owner_name text, updated_at timestamp with time zone, archived_at timestamp with time zone, version integer, can_edit boolean, can_manage boolean, access text, cursor text)
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
                    from private.list_page('quote', p_query, p_sort, p_descending, p_after, p_limit) l)
                select r.id, r.number, r.revision, r.title, r.status, r.customer_id, r.customer_name, r.valid_until, r.total_amount, r.max_discount, r.approval, r.owner_id, r.owner_name, r.updated_at, r.archived_at, r.version, page.can_edit, page.can_manage, page.access, page.cursor
                from page join api.quote_rows(array(select page.id from page order by page.n)) r on r.id = page.id
                order by page.n;
        exception when data_exception then
            raise exception 'not a valid query' using errcode = 'SD005';
        end
        $function$;
alter function api.quote_list(p_query jsonb, p_sort text, p_descending boolean, p_after text, p_limit integer) owner to salesdesk_api;
grant execute on function api.quote_list(p_query jsonb, p_sort text, p_descending boolean, p_after text, p_limit integer) to salesdesk_user;
