-- private.customer_duplicates_batch, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0041_import.sql

CREATE OR REPLACE FUNCTION private.customer_duplicates_batch(p_names text[], p_phones text[])
 RETURNS TABLE(ord integer, id bigint)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    -- reads past RLS (owner): the API function tells no more than "exists" and "in my sight"
    with asked as (
        select a.ord::integer as ord, nullif(private.company_name_key(a.name), '') as n_name,
               private.normalize_phone(a.phone) as n_phone
        from unnest(p_names, p_phones) with ordinality as a(name, phone, ord)
    )
    select q.ord, c.id from asked q join sales.customers c on c.name_key = q.n_name
    union
    select q.ord, c.id from asked q join sales.customers c on c.phone_norm = q.n_phone
$function$;
alter function private.customer_duplicates_batch(p_names text[], p_phones text[]) owner to salesdesk_owner;
grant execute on function private.customer_duplicates_batch(p_names text[], p_phones text[]) to salesdesk_api;
