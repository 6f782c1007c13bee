-- private.receivable_customers_changed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0057_receivables_by_customer_kept.sql

CREATE OR REPLACE FUNCTION private.receivable_customers_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    c bigint[]; o bigint[]; r bigint[]; n bigint[]; m numeric[]; p numeric[];
begin
    if tg_op = 'INSERT' then
        select array_agg(s.customer_id), array_agg(s.owner_id), array_agg(s.r), array_agg(s.n),
               array_agg(s.m), array_agg(s.p) into c, o, r, n, m, p
        from (select x.customer_id, x.owner_id, count(*) as r, count(*) filter (where x.receivable <> 0) as n,
                     sum(x.receivable) as m, sum(x.planned_open) as p
              from new_rows x group by x.customer_id, x.owner_id) s;
    else
        select array_agg(s.customer_id), array_agg(s.owner_id), array_agg(s.r), array_agg(s.n),
               array_agg(s.m), array_agg(s.p) into c, o, r, n, m, p
        from (select x.customer_id, x.owner_id, -count(*) as r, -count(*) filter (where x.receivable <> 0) as n,
                     -sum(x.receivable) as m, -sum(x.planned_open) as p
              from old_rows x group by x.customer_id, x.owner_id) s;
    end if;
    perform private.receivable_customers_apply(c, o, r, n, m, p);
    return null;
end
$function$;
alter function private.receivable_customers_changed() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
