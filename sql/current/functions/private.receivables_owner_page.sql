-- private.receivables_owner_page, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0063_receivables_by_owner_and_unit.sql, 0067_receivables_by_person_once.sql, 0068_receivables_lookups.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.receivables_owner_page(p_today date, p_after_receivable numeric, p_after_id bigint, p_limit integer, p_total boolean)
 RETURNS TABLE(owner_id bigint, total_owners bigint, contracts bigint, receivable numeric, planned_open numeric, nd numeric, b1 numeric, b2 numeric, b3 numeric, b4 numeric)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    all_rows boolean := private.sees_all();
    owners bigint[] := case when not all_rows then private.visible_owner_ids() end;
    ranges int8multirange := case when not all_rows then private.visible_owner_ranges() end;
    shared bigint[] := case when not all_rows then private.shared_record_ids('contract') end;
    after_key numeric := coalesce(-p_after_receivable, '-infinity');
    after_id bigint := case when p_after_receivable is null then -9223372036854775808 else p_after_id end;
    first_day date := date_trunc('month', p_today - 90)::date;  -- days one by one from here
    after_day date := (date_trunc('month', p_today) + interval '1 month')::date;  -- to here
begin
    if private.current_employee_id() is null then
        return;
    end if;
    return query
        with shared_sums as materialized (  -- owners not in scope: only their contracts shared with me
            select r.owner_id, count(*) filter (where r.receivable <> 0) as n, sum(r.receivable) as receivable,
                   sum(r.planned_open) as planned_open
            from private.receivable_contracts r
            where not all_rows and r.contract_id = any (shared) and (r.owner_id <@ ranges) is not true
            group by r.owner_id
            having sum(r.receivable) <> 0 or sum(r.planned_open) <> 0
        ), mine as materialized (  -- the open kept sums of the owners I see, read once for the page and the count
            select r.owner_id, r.contracts as n, r.receivable, r.planned_open
            from private.receivable_owners r
            where r.owner_id = any (owners) and (r.receivable <> 0 or r.planned_open <> 0)
        ), page as materialized (
            select u.* from (
                (select r.owner_id, r.contracts as n, r.receivable, r.planned_open, true as whole
                 from private.receivable_owners r
                 where all_rows and (r.receivable <> 0 or r.planned_open <> 0)
                   and (-r.receivable, r.owner_id) > (after_key, after_id)
                 order by -r.receivable, r.owner_id limit p_limit)
                union all
                (select m.owner_id, m.n, m.receivable, m.planned_open, true from mine m
                 where (-m.receivable, m.owner_id) > (after_key, after_id)
                 order by -m.receivable, m.owner_id limit p_limit)
                union all
                select s.owner_id, s.n, s.receivable, s.planned_open, false from shared_sums s
                where (-s.receivable, s.owner_id) > (after_key, after_id)
            ) u
            order by -u.receivable, u.owner_id
            limit p_limit
        ), aged as (  -- each page owner's days, an index range each (0056's edges, as receivable_ages)
            select p.owner_id, a.* from page p cross join lateral (
                select sum(x.unpaid) filter (where x.days = 0) as nd,
                       sum(x.unpaid) filter (where x.days between 1 and 30) as b1,
                       sum(x.unpaid) filter (where x.days between 31 and 60) as b2,
                       sum(x.unpaid) filter (where x.days between 61 and 90) as b3,
                       sum(x.unpaid) filter (where x.days > 90) as b4
                from (select r.unpaid, greatest(0, p_today - r.due_on) as days from private.receivable_days r
                      where p.whole and r.owner_id = p.owner_id and r.due_on >= first_day and r.due_on < after_day
                      union all
                      -- the other months whole: an earlier one 91+ days overdue, a later one not due
                      select m.unpaid, case when m.due_month < p_today then 91 else 0 end
                      from private.receivable_months m
                      where p.whole and m.owner_id = p.owner_id
                        and (m.due_month < first_day or m.due_month >= after_day)
                      union all
                      -- an owner I do not see: the instalments of their contracts shared with me
                      select r.unpaid, greatest(0, p_today - r.due_on) from private.receivable_instalments r
                      where not p.whole and r.owner_id = p.owner_id and r.contract_id = any (shared)) x) a
        ), counted as (  -- (one row, or none when not asked)
            select case when all_rows
                        then (select count(*) from private.receivable_owners r
                              where r.receivable <> 0 or r.planned_open <> 0)
                        else (select count(*) from mine) + (select count(*) from shared_sums) end::bigint as people
            where p_total
        )
        select p.owner_id, null::bigint, p.n, p.receivable, p.planned_open, coalesce(a.nd, 0), coalesce(a.b1, 0),
               coalesce(a.b2, 0), coalesce(a.b3, 0), coalesce(a.b4, 0)
        from page p left join aged a on a.owner_id = p.owner_id
        union all
        select null, t.people, g.contracts::bigint, g.receivable, g.receivable - g.unplanned,
               g.not_due, g.d1_30, g.d31_60, g.d61_90, g.d91_plus
        from counted t cross join private.ageing_seen(p_today) g;
end
$function$;
alter function private.receivables_owner_page(p_today date, p_after_receivable numeric, p_after_id bigint, p_limit integer, p_total boolean) owner to salesdesk_owner;
grant execute on function private.receivables_owner_page(p_today date, p_after_receivable numeric, p_after_id bigint, p_limit integer, p_total boolean) to salesdesk_api;
