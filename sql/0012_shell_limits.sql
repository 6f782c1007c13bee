-- 0012 the shell's remaining channels.
--
-- Plans out of the API: `debug_print_plan` (and _parse, _rewritten), `trace_sort`, `trace_notify`
-- and `client_min_messages` are parameters any role may set for its own session. With
-- `client_min_messages = log` a caller received the plans of the statements *inside* an API
-- function, whose cost estimates follow hidden row counts. A function's own SET clause wins over
-- the session inside the function, so every function of schema `api` gets one per parameter.
-- `create or replace function` drops the SET clauses a later migration does not restate, so this
-- is not done once here: `private.harden_api()` is run by `migrate` after every upgrade
-- (salesdesk/db/migrate.py), and covers the functions of later migrations too.

-- The parameters an API function pins, with the value it runs under: every user-settable
-- debug_print_*/trace_* switch off (taken from pg_settings, so what a server version adds is
-- covered), messages below WARNING kept from the client.
create or replace function private.api_function_settings() returns table (name text, value text)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    select 'client_min_messages', 'warning'
    union all
    select s.name, 'off' from pg_settings s
    where s.context = 'user' and s.vartype = 'bool'
      and (s.name like 'debug\_print\_%' or s.name like 'trace\_%')
    order by 1
$$;
alter function private.api_function_settings() owner to salesdesk_owner;
revoke all on function private.api_function_settings() from public;

-- Idempotent: sets each parameter on each function of schema `api` whose SET clause lacks it
-- (other SET clauses, e.g. search_path and lock_timeout, are kept). Runs as the caller: `migrate`
-- calls it as a superuser. Returns how many functions it changed.
create or replace function private.harden_api() returns integer
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    f record;
    s record;
    changed integer := 0;
begin
    for f in select p.oid, p.oid::regprocedure as sig, coalesce(p.proconfig, '{}') as config
             from pg_proc p where p.pronamespace = 'api'::regnamespace and p.prokind = 'f'
    loop
        if exists (select from private.api_function_settings() a
                   where not (a.name || '=' || a.value) = any (f.config)) then
            for s in select * from private.api_function_settings() loop
                execute format('alter function %s set %I = %L', f.sig, s.name, s.value);
            end loop;
            changed := changed + 1;
        end if;
    end loop;
    return changed;
end
$$;
alter function private.harden_api() owner to salesdesk_owner;
revoke all on function private.harden_api() from public;

-- For the benchmark and support ("what did my list run?"): the list API says its statement at
-- DEBUG1, which the hardening keeps from the client. An administrator (a superuser) lets one
-- function speak at this level for a moment, then `harden_api()` pins it back.
create or replace function private.api_messages(p_function regprocedure, p_level text) returns void
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if p_function::text not like 'api.%' then
        raise exception 'not an API function: %', p_function using errcode = '22023';
    end if;
    execute format('alter function %s set client_min_messages = %L', p_function, p_level);
end
$$;
alter function private.api_messages(regprocedure, text) owner to salesdesk_owner;
revoke all on function private.api_messages(regprocedure, text) from public;
