-- private.stage_close_units_changed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0055_win_rates_kept.sql

CREATE OR REPLACE FUNCTION private.stage_close_units_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    before private.employee_units[] := '{}';
    after private.employee_units[] := '{}';
    people bigint[];
    days date[];
begin
    if tg_op <> 'INSERT' then
        before := array(select o from old_rows o);
    end if;
    if tg_op <> 'DELETE' then
        after := array(select n from new_rows n);
    end if;
    people := array(select distinct x.employee_id from (select * from unnest(before) union all
                                                          select * from unnest(after)) x order by 1);
    perform 1 from sales.employees e where e.id = any (people) order by e.id for update;
    perform 1 from sales.opportunities o where o.owner_id = any (people) order by o.id for share;
    days := array(
        select distinct d.day
        from (select o.owner_id, o.closed_at::date as day from sales.opportunities o
              where o.owner_id = any (people) and o.closed_at is not null) d
        where array(select b.unit_id from unnest(before) b
                    where b.employee_id = d.owner_id and b.valid_from <= d.day
                      and (b.valid_to is null or d.day < b.valid_to) order by 1)
              is distinct from
              array(select a.unit_id from unnest(after) a
                    where a.employee_id = d.owner_id and a.valid_from <= d.day
                      and (a.valid_to is null or d.day < a.valid_to) order by 1));
    perform private.stage_close_refresh(days);
    return null;
end
$function$;
alter function private.stage_close_units_changed() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
