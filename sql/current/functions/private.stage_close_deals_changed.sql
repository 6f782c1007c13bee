-- private.stage_close_deals_changed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0055_win_rates_kept.sql

CREATE OR REPLACE FUNCTION private.stage_close_deals_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    days date[];
begin
    if tg_op = 'INSERT' then
        days := array(select n.closed_at::date from new_rows n where n.closed_at is not null);
    elsif tg_op = 'DELETE' then
        days := array(select o.closed_at::date from old_rows o where o.closed_at is not null);
    else
        days := array(select c::date
                      from old_rows o join new_rows n on n.id = o.id
                      cross join unnest(array[o.closed_at, n.closed_at]) c
                      where c is not null
                        and (o.owner_id, o.stage_id, o.closed_at, o.archived_at)
                            is distinct from (n.owner_id, n.stage_id, n.closed_at, n.archived_at));
    end if;
    perform private.stage_close_refresh(days);
    return null;
end
$function$;
alter function private.stage_close_deals_changed() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
