-- api.opportunity_team_save, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

CREATE OR REPLACE FUNCTION api.opportunity_team_save(p_id bigint, p_version integer, p_members jsonb)
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET lock_timeout TO '3s'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
declare
    r record := private.record_rights('opportunity', p_id);
    new_version integer;
begin
    perform private.require_employee();
    perform private.hand_on_checked('opportunity', p_id, false);
    if p_version is not null and r.version <> p_version then
        raise exception 'changed by someone else' using errcode = 'SD002';
    end if;
    if jsonb_typeof(coalesce(p_members, '[]')) <> 'array' then
        raise exception 'not a valid team' using errcode = 'SD005';
    end if;
    begin
        if exists (select 1 from jsonb_array_elements(coalesce(p_members, '[]')) m
                   where jsonb_typeof(m) <> 'object'
                      or exists (select 1 from jsonb_object_keys(m) key
                                 where key not in ('employee_id', 'role', 'access', 'credit_share', 'overlay_credit'))) then
            raise exception 'not a valid team' using errcode = 'SD005';
        end if;
        -- the deal is locked while its team is rewritten (its version is not bumped: the team
        -- is not a field of the deal; a second save waits here, then sees the team saved)
        select o.version into new_version from sales.opportunities o where o.id = p_id for update;
        if p_version is not null and new_version <> p_version then
            raise exception 'changed by someone else' using errcode = 'SD002';
        end if;
        delete from sales.opportunity_members m
        where m.opportunity_id = p_id
          and m.employee_id not in (select (x ->> 'employee_id')::bigint
                                    from jsonb_array_elements(coalesce(p_members, '[]')) x);
        insert into sales.opportunity_members as m (opportunity_id, employee_id, role, access, credit_share,
                                                   overlay_credit)
        select p_id, t.employee_id, coalesce(t.role, 'other'), coalesce(t.access, 'read'),
               coalesce(t.credit_share, 0), t.overlay_credit
        from jsonb_to_recordset(coalesce(p_members, '[]')) t (employee_id bigint, role text, access text,
                                                            credit_share numeric, overlay_credit numeric)
        on conflict (opportunity_id, employee_id) do update
            set role = excluded.role, access = excluded.access, credit_share = excluded.credit_share,
                overlay_credit = excluded.overlay_credit
            where (m.role, m.access, m.credit_share, m.overlay_credit)
                  is distinct from (excluded.role, excluded.access, excluded.credit_share, excluded.overlay_credit);
    exception
        when data_exception then
            raise exception 'a value does not fit its field' using errcode = 'SD005';
        when foreign_key_violation or not_null_violation then
            raise exception 'team member must be an active employee' using errcode = '23514';
        when unique_violation then
            raise exception 'a team member is named twice' using errcode = '23514';
    end;
    return new_version;
end
$function$;
alter function api.opportunity_team_save(p_id bigint, p_version integer, p_members jsonb) owner to salesdesk_api;
grant execute on function api.opportunity_team_save(p_id bigint, p_version integer, p_members jsonb) to salesdesk_user;
