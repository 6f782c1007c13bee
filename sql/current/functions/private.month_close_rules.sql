-- private.month_close_rules, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0039_month_close.sql

CREATE OR REPLACE FUNCTION private.month_close_rules()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    r record;
begin
    if current_user::text <> 'salesdesk_api' then
        return new;
    end if;
    new.owner_id := private.require_employee();
    perform private.node_checked(new.node_kind, new.node_id);
    select * into r from private.month_range(new.month);
    if not private.may_close_month(new.node_kind, new.node_id) then
        raise exception 'only who manages the node closes its month' using errcode = '42501';
    end if;
    if r.after_day > current_date then
        raise exception 'the month has not ended' using errcode = 'SDR02';
    end if;
    -- one close per node and month, whoever tries at the same time
    perform pg_advisory_xact_lock(hashtextextended('month_close:' || new.node_kind || ':'
                                                   || coalesce(new.node_id, 0) || ':' || new.month, 0));
    if private.month_closed(new.node_kind, new.node_id, new.month) then
        raise exception 'the month is closed already' using errcode = 'SDR01';
    end if;
    new.closed_at := now();
    new.snapshot := private.month_figures(new.node_kind, new.node_id, new.month)
        || jsonb_build_object('adjustments', private.month_earlier_changes(new.node_kind, new.node_id, new.month));
    return new;
end
$function$;
alter function private.month_close_rules() owner to salesdesk_owner;
grant execute on function private.month_close_rules() to salesdesk_api;
