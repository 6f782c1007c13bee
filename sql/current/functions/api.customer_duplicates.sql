-- api.customer_duplicates, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0007_customers_api.sql, 0011_duplicate_check.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION api.customer_duplicates(p_name text, p_phone text DEFAULT NULL::text, p_exclude bigint DEFAULT NULL::bigint)
 RETURNS TABLE(customer_id bigint, name text, phone text, visible boolean, owner_name text, unit_name text, pool_name text, on_name boolean, on_phone boolean, archived boolean)
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
    me bigint := private.require_employee();
    checks bigint;
    exclude bigint;
    n_all integer;
    n_hidden integer;
begin
    if char_length(p_name) > 200 or char_length(p_phone) > 40 then
        raise exception 'the name or phone is too long for a duplicate check' using errcode = 'SD005';
    end if;
    if coalesce(private.company_name_key(p_name), '') = '' and private.normalize_phone(p_phone) is null then
        return;  -- nothing to look for: nothing told, nothing counted
    end if;
    begin
        checks := private.take_lookup_quota(me);
    exception when sqlstate 'SD007' then
        raise log 'salesdesk duplicate check refused: login=% employee=% name=% phone=% exclude=%',
            to_json(session_user::text), me, coalesce(to_json(p_name)::text, 'null'),
            coalesce(to_json(p_phone)::text, 'null'), coalesce(p_exclude::text, 'null');
        raise;
    end;
    select c.id into exclude from sales.customers c where c.id = p_exclude;  -- RLS: visible only
    return query
        with found as (select * from private.customer_duplicates(p_name, p_phone, exclude)),
        seen as (select c.id, c.name, c.phone from sales.customers c where c.id in (select found.id from found))
        select s.id, s.name, s.phone, s.id is not null, o.name,
               coalesce(ou.name, pu.name), p.name, f.on_name, f.on_phone, f.archived
        from found f
            left join seen s on s.id = f.id
            left join sales.employees o on o.id = f.owner_id
            left join sales.org_units ou on ou.id = o.unit_id
            left join sales.customer_pools p on p.id = f.pool_id
            left join sales.org_units pu on pu.id = p.unit_id
        order by s.id is null, f.archived, s.name, f.id;
    get diagnostics n_all = row_count;
    select count(*) into n_hidden
    from private.customer_duplicates(p_name, p_phone, exclude) f
    where not exists (select 1 from sales.customers c where c.id = f.id);
    -- JSON quoting: a name with a line break cannot forge a line of the server log
    raise log 'salesdesk duplicate check: login=% employee=% name=% phone=% exclude=% matches=% hidden=% checks=%',
        to_json(session_user::text), me, coalesce(to_json(p_name)::text, 'null'),
        coalesce(to_json(p_phone)::text, 'null'), coalesce(p_exclude::text, 'null'), n_all, n_hidden, checks;
    perform private.log_lookup(p_name, p_phone, n_all, n_hidden);
end
$function$;
alter function api.customer_duplicates(p_name text, p_phone text, p_exclude bigint) owner to salesdesk_api;
grant execute on function api.customer_duplicates(p_name text, p_phone text, p_exclude bigint) to salesdesk_user;
