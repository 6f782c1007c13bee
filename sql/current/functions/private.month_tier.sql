-- private.month_tier, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0039_month_close.sql

CREATE OR REPLACE FUNCTION private.month_tier(p_metric text, p_kind text, p_id bigint, p_first date, p_after date, p_actual numeric)
 RETURNS text
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select t.tier from (values ('challenge', 3), ('sprint', 2), ('target', 1)) t (tier, o)
    where p_actual >= private.node_target(p_metric, p_kind, p_id, p_first, p_after, t.tier)
      and private.node_target(p_metric, p_kind, p_id, p_first, p_after, t.tier) > 0
    order by t.o desc limit 1
$function$;
alter function private.month_tier(p_metric text, p_kind text, p_id bigint, p_first date, p_after date, p_actual numeric) owner to salesdesk_owner;
grant execute on function private.month_tier(p_metric text, p_kind text, p_id bigint, p_first date, p_after date, p_actual numeric) to salesdesk_api;
