-- api.opportunity_stage_save, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

CREATE OR REPLACE FUNCTION api.opportunity_stage_save(p_id bigint, p_version integer, p_values jsonb)
 RETURNS bigint
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
    v jsonb := coalesce(p_values, '{}');
    saved bigint;
begin
    perform private.require_permission('maintain_picklists');
    begin
        if p_id is null then
            perform private.check_columns(v, array['process_id', 'position', 'code', 'name', 'name_en',
                                                   'probability', 'forecast_category', 'outcome', 'active']);
            insert into sales.opportunity_stages (process_id, position, code, name, name_en, probability,
                                                  forecast_category, outcome, active)
            select r.process_id, r.position, r.code, r.name, r.name_en, r.probability, r.forecast_category,
                   r.outcome, coalesce(r.active, true)
            from jsonb_populate_record(null::sales.opportunity_stages, v) r
            returning id into saved;
        else
            perform private.check_columns(v, array['position', 'name', 'name_en', 'probability',
                                                   'forecast_category', 'outcome', 'active']);
            update sales.opportunity_stages s
            set position = case when v ? 'position' then r.position else s.position end,
                name = case when v ? 'name' then r.name else s.name end,
                name_en = case when v ? 'name_en' then r.name_en else s.name_en end,
                probability = case when v ? 'probability' then r.probability else s.probability end,
                forecast_category = case when v ? 'forecast_category' then r.forecast_category else s.forecast_category end,
                outcome = case when v ? 'outcome' then r.outcome else s.outcome end,
                active = case when v ? 'active' then r.active else s.active end
            from jsonb_populate_record(null::sales.opportunity_stages, v) r
            where s.id = p_id and (p_version is null or s.version = p_version)
            returning s.id into saved;
            if saved is null then
                if exists (select 1 from sales.opportunity_stages where id = p_id) then
                    raise exception 'changed by someone else' using errcode = 'SD002';
                end if;
                raise exception 'record not found' using errcode = 'P0002';
            end if;
        end if;
    exception when data_exception then
        raise exception 'a value does not fit its field' using errcode = 'SD005';
    end;
    return saved;
end
$function$;
alter function api.opportunity_stage_save(p_id bigint, p_version integer, p_values jsonb) owner to salesdesk_api;
grant execute on function api.opportunity_stage_save(p_id bigint, p_version integer, p_values jsonb) to salesdesk_user;
