-- api.company_profile_save, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0025_company_profile.sql

CREATE OR REPLACE FUNCTION api.company_profile_save(p_version integer, p_values jsonb)
 RETURNS integer
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
    fields constant text[] := array['legal_name', 'short_name', 'address', 'phone', 'tax_number',
                                    'bank_name', 'bank_account', 'website'];
    v jsonb := coalesce(p_values, '{}');
    f text;
    r sales.company_profile;
    got integer;
begin
    perform private.require_permission('maintain_company_profile');
    perform private.check_columns(v, fields);
    foreach f in array fields loop
        if jsonb_typeof(v -> f) = 'string' then
            v := jsonb_set(v, array[f], coalesce(to_jsonb(nullif(btrim(normalize(v ->> f, nfkc)), '')), 'null'));
        end if;
    end loop;
    begin
        r := jsonb_populate_record(null::sales.company_profile, v);
        if p_version is null then
            insert into sales.company_profile (legal_name, short_name, address, phone, tax_number,
                                               bank_name, bank_account, website)
            values (r.legal_name, r.short_name, r.address, r.phone, r.tax_number, r.bank_name,
                    r.bank_account, r.website)
            on conflict (id) do nothing
            returning version into got;
            if got is null then
                raise exception 'changed by someone else' using errcode = 'SD002';
            end if;
            return got;
        end if;
        update sales.company_profile c
        set legal_name = case when v ? 'legal_name' then r.legal_name else c.legal_name end,
            short_name = case when v ? 'short_name' then r.short_name else c.short_name end,
            address = case when v ? 'address' then r.address else c.address end,
            phone = case when v ? 'phone' then r.phone else c.phone end,
            tax_number = case when v ? 'tax_number' then r.tax_number else c.tax_number end,
            bank_name = case when v ? 'bank_name' then r.bank_name else c.bank_name end,
            bank_account = case when v ? 'bank_account' then r.bank_account else c.bank_account end,
            website = case when v ? 'website' then r.website else c.website end
        where c.version = p_version
        returning c.version into got;
        if got is null then
            raise exception 'changed by someone else' using errcode = 'SD002';
        end if;
    exception when data_exception then
        raise exception 'a value does not fit its field' using errcode = 'SD005';
    end;
    return got;
end
$function$;
alter function api.company_profile_save(p_version integer, p_values jsonb) owner to salesdesk_api;
grant execute on function api.company_profile_save(p_version integer, p_values jsonb) to salesdesk_user;
