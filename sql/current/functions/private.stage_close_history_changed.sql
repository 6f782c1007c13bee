-- private.stage_close_history_changed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0055_win_rates_kept.sql

CREATE OR REPLACE FUNCTION private.stage_close_history_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    ids bigint[];
    days date[];
begin
    if tg_op = 'INSERT' then
        ids := array(select n.opportunity_id from new_rows n where private.stage_is_open(n.to_stage_id));
    elsif tg_op = 'DELETE' then
        ids := array(select o.opportunity_id from old_rows o where private.stage_is_open(o.to_stage_id));
    else
        ids := array(select x.opportunity_id
                     from old_rows o join new_rows n on n.id = o.id
                     cross join lateral (values (o.opportunity_id, o.to_stage_id),
                                                (n.opportunity_id, n.to_stage_id)) x (opportunity_id,
                                                                                      stage_id)
                     where (o.opportunity_id, o.to_stage_id)
                           is distinct from (n.opportunity_id, n.to_stage_id)
                       and private.stage_is_open(x.stage_id));
    end if;
    if cardinality(ids) = 0 then
        return null;
    end if;
    days := array(select l.closed_at::date
                  from (select o.closed_at from sales.opportunities o where o.id = any (ids)
                        order by o.id for no key update) l
                  where l.closed_at is not null);
    perform private.stage_close_refresh(days);
    return null;
end
$function$;
alter function private.stage_close_history_changed() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
