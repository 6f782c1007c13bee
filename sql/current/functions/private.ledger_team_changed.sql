-- private.ledger_team_changed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION private.ledger_team_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    deals bigint[];
begin
    if tg_op = 'INSERT' then
        select array_agg(distinct n.opportunity_id) into deals from new_rows n;
    elsif tg_op = 'DELETE' then
        select array_agg(distinct o.opportunity_id) into deals from old_rows o;
    else
        select array_agg(distinct x) into deals
        from (select n.opportunity_id as x from old_rows o join new_rows n on n.id = o.id
              where (o.employee_id, o.credit_share, o.overlay_credit, o.opportunity_id)
                    is distinct from (n.employee_id, n.credit_share, n.overlay_credit, n.opportunity_id)
              union all
              select o.opportunity_id from old_rows o join new_rows n on n.id = o.id
              where o.opportunity_id <> n.opportunity_id) d;
    end if;
    if deals is not null then
        perform private.ledger_contracts(array(select c.id from sales.contracts c
                                               where c.opportunity_id = any (deals)));
    end if;
    return null;
end
$function$;
alter function private.ledger_team_changed() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
