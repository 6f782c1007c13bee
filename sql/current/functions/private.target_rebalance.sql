-- private.target_rebalance, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION private.target_rebalance(p_employee_id bigint, p_successor_id bigint, p_reason text, p_by bigint)
 RETURNS bigint[]
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    unit bigint := (select e.unit_id from sales.employees e where e.id = p_employee_id);
    open_from date := date_trunc('month', current_date)::date;
    heirs bigint[];
    v sales.target_versions;
    cell record;
    new_id bigint;
    step numeric;
    parts numeric[];
    made bigint[] := '{}';
    i integer;
begin
    if unit is null then
        raise exception 'no such employee' using errcode = 'P0002';
    end if;
    -- the admin CLI acts as nobody: the versions are the person's manager's (else their own)
    p_by := coalesce(p_by, (select e.manager_id from sales.employees e where e.id = p_employee_id), p_employee_id);
    if nullif(btrim(p_reason), '') is null then
        raise exception 'a reason is required' using errcode = '23514';
    end if;
    if p_successor_id is not null then
        if not exists (select 1 from sales.employees e where e.id = p_successor_id and e.active
                       and e.unit_id = unit and e.id <> p_employee_id) then
            raise exception 'the successor must be an active colleague in the same unit' using errcode = 'SDT04';
        end if;
        heirs := array[p_successor_id];
    else
        heirs := array(select e.id from sales.employees e where e.active and e.unit_id = unit
                       and e.id <> p_employee_id order by e.id);
        if cardinality(heirs) = 0 then
            raise exception 'nobody is left in the unit to take the targets' using errcode = 'SDT04';
        end if;
    end if;
    for v in select * from sales.target_versions t where t.status = 'published'
             and exists (select 1 from sales.target_values x where x.version_id = t.id and x.node_kind = 'person'
                         and x.node_id = p_employee_id and x.month >= open_from and x.value > 0)
             order by t.fiscal_year, t.metric loop
        new_id := private.target_new_version(v.fiscal_year, v.metric, p_by, v.id, p_reason);
        step := case when (select m.measure from sales.metrics m where m.code = v.metric) = 'count' then 1 else 0.01 end;
        for cell in select x.month, x.tier, x.value from sales.target_values x
                    where x.version_id = new_id and x.node_kind = 'person' and x.node_id = p_employee_id
                      and x.month >= open_from and x.value > 0 loop
            parts := private.target_split_amount(cell.value, array_fill(1::numeric, array[cardinality(heirs)]), step);
            for i in 1 .. cardinality(heirs) loop
                insert into sales.target_values (version_id, node_kind, node_id, month, tier, value)
                values (new_id, 'person', heirs[i], cell.month, cell.tier, parts[i])
                on conflict (version_id, node_kind, coalesce(node_id, 0), month, tier)
                do update set value = sales.target_values.value + excluded.value;
            end loop;
            update sales.target_values set value = 0
            where version_id = new_id and node_kind = 'person' and node_id = p_employee_id
              and month = cell.month and tier = cell.tier;
        end loop;
        update sales.target_versions set submitted_at = clock_timestamp(), submitted_by = p_by where id = new_id;
        perform private.target_publish(new_id, p_by, false);
        made := made || new_id;
    end loop;
    return made;
end
$function$;
alter function private.target_rebalance(p_employee_id bigint, p_successor_id bigint, p_reason text, p_by bigint) owner to salesdesk_owner;
grant execute on function private.target_rebalance(p_employee_id bigint, p_successor_id bigint, p_reason text, p_by bigint) to salesdesk_api;
