-- api.product_save, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0016_permissions_products.sql

CREATE OR REPLACE FUNCTION api.product_save(p_id bigint, p_version integer, p_values jsonb)
 RETURNS bigint
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET lock_timeout TO '3s'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
declare
    v jsonb := private.product_clean(coalesce(p_values, '{}'));
    cols text[];
    got bigint;
begin
    perform private.require_permission('maintain_products');
    perform private.check_columns(v, private.product_fields());
    if v ? 'cost_price' then
        perform private.require_permission('see_cost');
    end if;
    cols := array(select k from jsonb_object_keys(v - 'cost_price') k);
    begin
        if p_id is null then
            if not (v ? 'code' and v ? 'name') then
                raise exception 'a product needs a code and a name' using errcode = 'SD005';
            end if;
            execute format('insert into sales.products (%1$s) select %1$s '
                           'from jsonb_populate_record(null::sales.products, $1) returning id',
                           (select string_agg(quote_ident(c), ', ') from unnest(cols) c))
                into got using v;
        else
            -- `version` is set to itself so that the stamp moves it even for a cost-only change
            execute format('update sales.products t set (%1$s) = (select %2$s '
                           'from jsonb_populate_record(null::sales.products, $1) r) '
                           'where t.id = $2 and ($3::integer is null or t.version = $3) returning t.id',
                           (select string_agg(quote_ident(c), ', ') from unnest(cols || 'version'::text) c),
                           (select string_agg(x, ', ') from unnest(array(select 'r.' || quote_ident(c)
                                                                              from unnest(cols) c) || 't.version'::text) x))
                into got using v, p_id, p_version;
            if got is null then
                if exists (select 1 from sales.products p where p.id = p_id) then
                    raise exception 'changed by someone else' using errcode = 'SD002';
                end if;
                raise exception 'no such product' using errcode = 'P0002';
            end if;
        end if;
        if v ? 'cost_price' then
            insert into sales.product_costs (product_id, cost_price)
            values (got, (v ->> 'cost_price')::numeric(14, 2))
            on conflict (product_id) do update set cost_price = excluded.cost_price;
        end if;
    exception when data_exception then
        raise exception 'a value does not fit its field' using errcode = 'SD005';
    end;
    return got;
end
$function$;
alter function api.product_save(p_id bigint, p_version integer, p_values jsonb) owner to salesdesk_api;
grant execute on function api.product_save(p_id bigint, p_version integer, p_values jsonb) to salesdesk_user;
