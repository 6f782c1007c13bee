-- api.product_list, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0016_permissions_products.sql

CREATE OR REPLACE FUNCTION api.product_list(p_query jsonb DEFAULT '{}'::jsonb, p_sort text DEFAULT 'code'::text, p_descending boolean DEFAULT false, p_after text DEFAULT NULL::text, p_limit integer DEFAULT 50)
 RETURNS TABLE(id bigint, code text, name text, specification text, unit text, list_price numeric, cost_price numeric, margin numeric, tax_rate numeric, active boolean, category_id bigint, category_name text, updated_at timestamp with time zone, version integer, can_edit boolean, cursor text)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
declare
    f record := private.product_filter(p_query);
    col text;
    col_type text;
    after jsonb;
    dir text := case when p_descending then 'desc' else 'asc' end;
begin
    perform private.require_employee();
    select s.col, s.typ into col, col_type
    from (values ('code', 'code', 'text'), ('name', 'name_sort', 'text'),
                 ('list_price', 'list_price', 'numeric')) s (key, col, typ)
    where s.key = p_sort;
    if col is null then
        raise exception 'unknown sort' using errcode = 'SD005';
    end if;
    if p_after is not null then
        after := p_after::jsonb;
        if jsonb_typeof(after) <> 'array' or jsonb_array_length(after) <> 2 then
            raise exception 'not a valid cursor' using errcode = 'SD005';
        end if;
    end if;
    return query execute format(
        'with page as materialized (
             select p.id, jsonb_build_array(p.%1$I, p.id)::text as cursor
             from sales.products p
             where %5$s
               and ($5::jsonb is null or (p.%1$I, p.id) %2$s (($5 ->> 0)::%3$s, ($5 ->> 1)::bigint))
             order by p.%1$I %4$s, p.id %4$s
             limit $6),
         numbered as (select page.*, row_number() over () as n from page)
         select r.*, n.cursor
         from numbered n join api.product_rows(array(select page.id from page)) r on r.id = n.id
         order by n.n',
        col, case when p_descending then '<' else '>' end, col_type, dir, private.product_conds())
        using f.active, f.category_id, f.grams, f.pattern, after,
              least(greatest(coalesce(p_limit, 50), 1), 500);
exception when data_exception then
    raise exception 'not a valid query' using errcode = 'SD005';
end
$function$;
alter function api.product_list(p_query jsonb, p_sort text, p_descending boolean, p_after text, p_limit integer) owner to salesdesk_api;
grant execute on function api.product_list(p_query jsonb, p_sort text, p_descending boolean, p_after text, p_limit integer) to salesdesk_user;
