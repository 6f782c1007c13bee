-- private.target_version_rules, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION private.target_version_rules()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if tg_op = 'INSERT' then
        perform pg_advisory_xact_lock(hashtext('target_set'), hashtext(new.fiscal_year || '/' || new.metric));
        new.number := coalesce((select max(v.number) from sales.target_versions v
                                where v.fiscal_year = new.fiscal_year and v.metric = new.metric), 0) + 1;
        return new;
    end if;
    -- the owner moves on a hand-over when its author leaves (created_by keeps who drafted it)
    if (new.fiscal_year, new.metric, new.number, new.based_on, new.created_at, new.created_by)
       is distinct from (old.fiscal_year, old.metric, old.number, old.based_on, old.created_at, old.created_by) then
        raise exception 'a target version keeps its set and number' using errcode = 'SDT02';
    end if;
    if new.reason is distinct from old.reason and old.status <> 'draft' then
        raise exception 'only a draft target version changes' using errcode = 'SDT02';
    end if;
    return new;
end
$function$;
alter function private.target_version_rules() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
