-- private.quote_lines_changed, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0032_quotes.sql

CREATE OR REPLACE FUNCTION private.quote_lines_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    quote bigint;
begin
    for quote in select distinct x from unnest(array[case when tg_op <> 'INSERT' then old.quote_id end,
                                                     case when tg_op <> 'DELETE' then new.quote_id end]) x
                 where x is not null loop
        update sales.quotes q
        set amount = t.amount, tax_amount = t.tax_amount, total_amount = t.amount + t.tax_amount,
            max_discount = t.max_discount, approval = null
        from (select coalesce(sum(l.amount), 0) as amount, coalesce(sum(l.tax_amount), 0) as tax_amount,
                     coalesce(max(l.discount), 0) as max_discount
              from sales.quote_lines l where l.quote_id = quote) t
        where q.id = quote;
    end loop;
    return null;
end
$function$;
alter function private.quote_lines_changed() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
