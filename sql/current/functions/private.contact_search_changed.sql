-- private.contact_search_changed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0005_search.sql, 0045_contact_search_batch.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.contact_search_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    if tg_op = 'INSERT' then
        update sales.customers set search_text = null
        where id in (select customer_id from new_rows);
    elsif tg_op = 'DELETE' then
        update sales.customers set search_text = null
        where id in (select customer_id from old_rows);
    else
        update sales.customers set search_text = null
        where id in (select x.customer_id
                     from old_rows o join new_rows n on n.id = o.id,
                          lateral (values (o.customer_id), (n.customer_id)) x (customer_id)
                     where (o.name, o.mobile, o.phone, o.customer_id)
                           is distinct from (n.name, n.mobile, n.phone, n.customer_id));
    end if;
    return null;
end
$function$;
alter function private.contact_search_changed() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
