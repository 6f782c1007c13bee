-- api.opportunity_board, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql, 0021_pipeline_speed.sql (the current text comes from the last)

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
    q jsonb := coalesce(p_query, '{}');
    f private.list_filter;
    cs private.caller_sets;
    scope text := coalesce(q ->> 'scope', 'all');
    archived text := coalesce(q ->> 'archived', 'active');
    direct text;
begin
    f := private.list_filter('opportunity', p_query);  -- validates the query, and the caller's sets
    if f.grams is not null or scope not in ('all', 'mine', 'team')
       or exists (select from jsonb_object_keys(q) key
                  where key not in ('scope', 'owner_id', 'unit_id', 'archived', 'search')) then
        cs := private.caller_sets(f);
        return query execute format(
            'select stage_id, count(*), coalesce(sum(amount), 0), coalesce(sum(round(amount * probability / 100, 2)), 0) '
            'from %s where %s and %s group by stage_id', f.table_name, private.bind_caller_sets(f.conds, f.kind),
            private.search_index_cond(f))
            using p_query, f.me, f.owners, f.pools, f.shared, f.grams, f.pattern, f.units, null::text,
                  cs.sees_all, cs.owners, cs.pools, cs.shared, cs.shared_write, cs.managed_owners, cs.managed_pools;
        return;
    end if;
    if not f.sees_all and cardinality(f.shared) > 0 then
        -- the deals of owners outside the scope: the list's own conditions (filters, archived)
        -- (the scope hint left out: id = any ($5) says more, and RLS still decides; a long owner
        -- array in a condition costs its planning an estimate per element, 999 of them for a
        -- manager at a tenth of the scale: ~10 ms)
        direct := format(
            ' union all select stage_id, count(*), sum(amount), sum(round(amount * probability / 100, 2)) '
            'from %s where %s and id = any ($5) and not owner_id <@ $13 group by stage_id',
            f.table_name, replace(f.conds, private.scope_hint(private.kind('opportunity')), 'true'));
    end if;
    return query execute
        'select stage_id, sum(deals)::bigint, sum(amount), sum(weighted_amount) from ('
        'select t.stage_id, t.deals, t.amount, t.weighted_amount from private.opportunity_totals_seen() t '
        'where true '
        'and ($11 = ''all'' or t.archived = ($11 = ''archived'')) '
        'and ($12 <> ''mine'' or t.owner_id = $2) and ($12 <> ''team'' or t.owner_id <> $2) '
        'and (not $1 ? ''owner_id'' or t.owner_id = ($1 ->> ''owner_id'')::bigint) '
        'and (not $1 ? ''unit_id'' or t.owner_id in (select e.id from sales.employees e where e.unit_id = any ($8)))'
        || coalesce(direct, '') || ') x group by stage_id having sum(deals) > 0'
        using q, f.me, f.owners, f.pools, f.shared, f.grams, f.pattern, f.units, null::text,
              f.sees_all, archived, scope, private.visible_owner_ranges();
exception when data_exception then
    raise exception 'not a valid query' using errcode = 'SD005';
end
$function$;
alter function api.opportunity_board(p_query jsonb) owner to salesdesk_api;
grant execute on function api.opportunity_board(p_query jsonb) to salesdesk_user;
