-- private.tree_ages, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0063_receivables_by_owner_and_unit.sql

CREATE OR REPLACE FUNCTION private.tree_ages(p_today date, p_units bigint[])
 RETURNS TABLE(unit_id bigint, unpaid numeric, days integer)
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select d.unit_id, d.unpaid, greatest(0, p_today - d.due_on)
    from unnest(p_units) u (id) join private.receivable_tree_days d
        on (d.unit_id, d.due_on) >= (u.id, (select date_trunc('month', p_today - 90)::date))
       and (d.unit_id, d.due_on) < (u.id, (select (date_trunc('month', p_today) + interval '1 month')::date))
    union all
    select m.unit_id, m.unpaid, case when m.due_month < p_today then 91 else 0 end
    from unnest(p_units) u (id) join private.receivable_tree_months m on m.unit_id = u.id
    where m.due_month < (select date_trunc('month', p_today - 90)::date)
       or m.due_month >= (select (date_trunc('month', p_today) + interval '1 month')::date)
$function$;
alter function private.tree_ages(p_today date, p_units bigint[]) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
