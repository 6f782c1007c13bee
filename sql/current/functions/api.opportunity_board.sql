-- api.opportunity_board, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

CREATE OR REPLACE FUNCTION api.opportunity_board(p_query jsonb DEFAULT '{}'::jsonb)
 RETURNS TABLE(stage_id bigint, deals bigint, amount numeric, weighted_amount numeric)
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
declare
    f private.list_filter;
    cs private.caller_sets := private.caller_sets('opportunity');
begin
    f := private.list_filter('opportunity', p_query);
    return query execute format(
        'select stage_id, count(*), coalesce(sum(amount), 0), coalesce(sum(round(amount * probability / 100, 2)), 0) '
        'from %s where %s and %s group by stage_id', f.table_name, private.bind_caller_sets(f.conds, f.kind),
        private.search_index_cond(f))
        using p_query, f.me, f.owners, f.pools, f.shared, f.grams, f.pattern, f.units, null::text,
              cs.sees_all, cs.owners, cs.pools, cs.shared, cs.shared_write, cs.managed_owners, cs.managed_pools;
exception when data_exception then
    raise exception 'not a valid query' using errcode = 'SD005';
end
$function$;
alter function api.opportunity_board(p_query jsonb) owner to salesdesk_api;
grant execute on function api.opportunity_board(p_query jsonb) to salesdesk_user;
