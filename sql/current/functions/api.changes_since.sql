-- api.changes_since, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION api.changes_since(p_seq bigint, p_limit integer DEFAULT 500)
 RETURNS TABLE(seq bigint, kind text, record_id bigint, root_kind text, root_id bigint, op text, about_me boolean, at timestamp with time zone, head bigint)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
    with head as (select private.changes_head() as head where private.require_employee() is not null),
    page as (
        select c.seq, c.kind, c.record_id, c.root_kind, c.root_id, c.op,
               c.subject_id is not distinct from private.current_employee_id(), c.at
        from private.changes c
        where c.seq > coalesce(p_seq, 0) and c.seq <= (select head from head)
        order by c.seq
        limit greatest(1, least(coalesce(p_limit, 500), 5000))
    )
    select p.*, h.head from head h left join page p on true
$function$;
alter function api.changes_since(p_seq bigint, p_limit integer) owner to salesdesk_api;
grant execute on function api.changes_since(p_seq bigint, p_limit integer) to salesdesk_user;
