-- private.metric_daily_deleted, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION private.metric_daily_deleted()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    insert into private.metric_daily as t (metric, unit_id, employee_id, day, credited, overlay_credit, assisted, records)
    select o.metric, o.unit_id, o.employee_id, o.day, -sum(o.credited), -sum(o.overlay_credit), -sum(o.assisted), -count(*)
    from old_rows o group by 1, 2, 3, 4 order by 1, 2, 4, 3
    on conflict (metric, unit_id, day, employee_id) do update
        set credited = t.credited + excluded.credited, overlay_credit = t.overlay_credit + excluded.overlay_credit,
            assisted = t.assisted + excluded.assisted, records = t.records + excluded.records;
    insert into private.metric_monthly as t (metric, month, unit_id, employee_id, credited, overlay_credit, assisted,
                                             records)
    select d.metric, date_trunc('month', d.day)::date, d.unit_id, d.employee_id, sum(d.credited),
           sum(d.overlay_credit), sum(d.assisted), sum(d.n)
    from (select o.metric, o.day, o.unit_id, o.employee_id, -o.credited as credited,
                 -o.overlay_credit as overlay_credit, -o.assisted as assisted, -1 as n
          from old_rows o) d
    group by 1, 2, 3, 4
    having sum(d.n) <> 0 or sum(d.credited) <> 0 or sum(d.overlay_credit) <> 0 or sum(d.assisted) <> 0
    order by 1, 3, 2, 4
    on conflict (metric, unit_id, month, employee_id) do update
        set credited = t.credited + excluded.credited, overlay_credit = t.overlay_credit + excluded.overlay_credit,
            assisted = t.assisted + excluded.assisted, records = t.records + excluded.records;
    return null;
end
$function$;
alter function private.metric_daily_deleted() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
