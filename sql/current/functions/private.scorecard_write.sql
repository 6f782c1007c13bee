-- private.scorecard_write, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION private.scorecard_write(p_position_id bigint, p_items jsonb)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    delete from sales.scorecard_items s
    where s.position_id = p_position_id
      and s.indicator not in (select x ->> 'indicator' from jsonb_array_elements(p_items) x);
    insert into sales.scorecard_items as s (position_id, indicator, weight, monthly_goal, sort_order)
    select p_position_id, t.indicator, t.weight, t.monthly_goal, t.o::integer
    from rows from (jsonb_to_recordset(p_items) as (indicator text, weight numeric, monthly_goal numeric))
        with ordinality t (indicator, weight, monthly_goal, o)
    on conflict (position_id, indicator) do update
        set weight = excluded.weight, monthly_goal = excluded.monthly_goal, sort_order = excluded.sort_order;
    set constraints sales.scorecard_weights immediate;
end
$function$;
alter function private.scorecard_write(p_position_id bigint, p_items jsonb) owner to salesdesk_owner;
grant execute on function private.scorecard_write(p_position_id bigint, p_items jsonb) to salesdesk_api;
