-- private.customer_duplicates, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0007_customers_api.sql, 0011_duplicate_check.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.customer_duplicates(p_name text, p_phone text, p_exclude bigint)
 RETURNS TABLE(id bigint, owner_id bigint, pool_id bigint, archived boolean, on_name boolean, on_phone boolean)
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    me bigint := private.require_employee();
    n_name text := nullif(private.company_name_key(p_name), '');
    n_phone text := private.normalize_phone(p_phone);
begin
    return query
        select c.id, c.owner_id, c.pool_id, c.archived_at is not null,
               coalesce(c.name_key = n_name, false), coalesce(c.phone_norm = n_phone, false)
        from sales.customers c
        where (c.name_key = n_name or c.phone_norm = n_phone)
          and c.id is distinct from p_exclude
        order by c.archived_at is not null, c.id
        limit 20;
end
$function$;
alter function private.customer_duplicates(p_name text, p_phone text, p_exclude bigint) owner to salesdesk_owner;
grant execute on function private.customer_duplicates(p_name text, p_phone text, p_exclude bigint) to salesdesk_api;
