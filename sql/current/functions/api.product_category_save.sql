-- api.product_category_save, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0016_permissions_products.sql

CREATE OR REPLACE FUNCTION api.product_category_save(p_id bigint, p_version integer, p_values jsonb)
 RETURNS bigint
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
declare
    v jsonb := private.product_clean(coalesce(p_values, '{}'));
    got bigint;
begin
    perform private.require_permission('maintain_products');
    perform private.check_columns(v, array['code', 'name', 'parent_id', 'active']);
    begin
        if p_id is null then
            if not (v ? 'code' and v ? 'name') then
                raise exception 'a category needs a code and a name' using errcode = 'SD005';
            end if;
            insert into sales.product_categories (code, name, parent_id, active)
            select r.code, r.name, r.parent_id, coalesce(r.active, true)
            from jsonb_populate_record(null::sales.product_categories, v) r
            returning id into got;
        else
            update sales.product_categories c
            set code = case when v ? 'code' then r.code else c.code end,
                name = case when v ? 'name' then r.name else c.name end,
                parent_id = case when v ? 'parent_id' then r.parent_id else c.parent_id end,
                active = case when v ? 'active' then coalesce(r.active, true) else c.active end
            from jsonb_populate_record(null::sales.product_categories, v) r
            where c.id = p_id and (p_version is null or c.version = p_version)
            returning c.id into got;
            if got is null then
                if exists (select 1 from sales.product_categories c where c.id = p_id) then
                    raise exception 'changed by someone else' using errcode = 'SD002';
                end if;
                raise exception 'no such category' using errcode = 'P0002';
            end if;
        end if;
        -- a category is never its own ancestor
        if exists (with recursive up (id, n) as (
                       select c.parent_id, 1 from sales.product_categories c where c.id = got
                       union all
                       select c.parent_id, up.n + 1 from up join sales.product_categories c on c.id = up.id
                       where up.n < 100)
                   select 1 from up where up.id = got) then
            raise exception 'a category cannot lie below itself' using errcode = '23514', column = 'parent_id',
                table = 'product_categories', constraint = 'product_categories_parent_id_check';
        end if;
    exception when data_exception then
        raise exception 'a value does not fit its field' using errcode = 'SD005';
    end;
    return got;
end
$function$;
alter function api.product_category_save(p_id bigint, p_version integer, p_values jsonb) owner to salesdesk_api;
grant execute on function api.product_category_save(p_id bigint, p_version integer, p_values jsonb) to salesdesk_user;
