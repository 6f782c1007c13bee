-- private.target_value_rules, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION private.target_value_rules()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    v sales.target_versions;
    r record := case when tg_op = 'DELETE' then old else new end;
begin
    select * into v from sales.target_versions where id = r.version_id;
    if v.status is distinct from 'draft' then
        raise exception 'a published or submitted target version is locked: copy it into a new version'
            using errcode = 'SDT02';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    if tg_op = 'UPDATE' and (new.version_id, new.node_kind, new.node_id, new.month, new.tier)
                            is distinct from (old.version_id, old.node_kind, old.node_id, old.month, old.tier) then
        raise exception 'a target value keeps its cell' using errcode = 'SDT02';
    end if;
    if private.fiscal_year_of(new.month) <> v.fiscal_year then
        raise exception 'the month is not in the version''s fiscal year' using errcode = 'SDT03', column = 'month';
    end if;
    if (select m.measure from sales.metrics m where m.code = v.metric) = 'count' and new.value <> trunc(new.value) then
        raise exception 'a count target is a whole number' using errcode = 'SDT03', column = 'value';
    end if;
    return new;
end
$function$;
alter function private.target_value_rules() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
