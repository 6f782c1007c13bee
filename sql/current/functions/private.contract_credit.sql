-- private.contract_credit, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION private.contract_credit(p_contract_ids bigint[])
 RETURNS TABLE(contract_id bigint, employee_id bigint, share numeric, overlay_credit numeric, assisted boolean)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select x.contract_id, x.employee_id, sum(x.share), sum(x.overlay_credit), bool_and(x.employee_id <> c.owner_id)
    from (select c.id as contract_id, c.owner_id as employee_id, 100::numeric as share, 0::numeric as overlay_credit
          from sales.contracts c
          where c.id = any (p_contract_ids)
            and not exists (select 1 from sales.opportunity_members m
                            where m.opportunity_id = c.opportunity_id and m.credit_share > 0)
          union all
          select c.id, m.employee_id, m.credit_share, coalesce(m.overlay_credit, 0)
          from sales.contracts c join sales.opportunity_members m on m.opportunity_id = c.opportunity_id
          where c.id = any (p_contract_ids) and (m.credit_share > 0 or m.overlay_credit > 0)) x
        join sales.contracts c on c.id = x.contract_id
    group by x.contract_id, x.employee_id
$function$;
alter function private.contract_credit(p_contract_ids bigint[]) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
