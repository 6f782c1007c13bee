-- api.scorecard_save, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION api.scorecard_save(p_position_code text, p_items jsonb)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
declare
    pos bigint;
begin
    perform private.require_permission('maintain_scorecards');
    select p.id into pos from sales.positions p where p.code = p_position_code;
    if pos is null then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    if jsonb_typeof(coalesce(p_items, 'null')) <> 'array'
       or exists (select 1 from jsonb_array_elements(p_items) x
                  where jsonb_typeof(x) <> 'object'
                     or exists (select 1 from jsonb_object_keys(x) k
                                where k not in ('indicator', 'weight', 'monthly_goal'))) then
        raise exception 'not a valid scorecard' using errcode = 'SD005';
    end if;
    begin
        perform private.scorecard_write(pos, p_items);
    exception
        when data_exception then
            raise exception 'a value does not fit its field' using errcode = 'SD005';
        when unique_violation then
            raise exception 'an indicator is named twice' using errcode = '23514';
        when not_null_violation then
            raise exception 'an indicator needs a name and a weight' using errcode = '23514';
    end;
end
$function$;
alter function api.scorecard_save(p_position_code text, p_items jsonb) owner to salesdesk_api;
grant execute on function api.scorecard_save(p_position_code text, p_items jsonb) to salesdesk_user;
