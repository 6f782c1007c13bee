-- private.quote_copy, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0032_quotes.sql

CREATE OR REPLACE FUNCTION private.quote_copy(p_id bigint)
 RETURNS bigint
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    insert into sales.quotes (owner_id, customer_id, opportunity_id, number, revision, previous_id, title,
                              valid_until, notes)
    select q.owner_id, q.customer_id, q.opportunity_id, q.number, q.revision + 1, q.id, q.title,
           greatest(q.valid_until, current_date), q.notes
    from sales.quotes q where q.id = p_id
    returning id
$function$;
alter function private.quote_copy(p_id bigint) owner to salesdesk_owner;
grant execute on function private.quote_copy(p_id bigint) to salesdesk_api;
