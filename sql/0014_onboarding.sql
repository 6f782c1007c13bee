-- 0014 onboarding: a password IT hands out must be changed at first sign-in.
--
-- `salesdesk-admin user add | import | passwd` record here a digest of the SCRAM verifier they
-- set. The flag is "that verifier is still the login's password": it clears by itself when
-- the employee changes their password (any way they do it: File > Change password, or psql's
-- \password), and by nothing else: the employee cannot write this table, and the digest of
-- their current verifier comes from salesdesk_auth.password_digest() (database.sql), the one
-- function that reads pg_authid.
set local role salesdesk_owner;

create table if not exists private.password_resets (
    employee_id     bigint primary key references sales.employees (id),
    verifier_digest text not null,
    set_at          timestamptz not null default now()
);
alter table private.password_resets enable row level security;
alter table private.password_resets force row level security;
revoke all on private.password_resets from public;
drop policy if exists "an employee's own reset is read by the API" on private.password_resets;
create policy "an employee's own reset is read by the API" on private.password_resets
    for select to salesdesk_api
    using (employee_id = (select private.current_employee_id()));
drop policy if exists "an employee's own reset is removed once the password changed"
    on private.password_resets;
create policy "an employee's own reset is removed once the password changed" on private.password_resets
    for delete to salesdesk_api
    using (employee_id = (select private.current_employee_id()));
grant select, delete on private.password_resets to salesdesk_api;

set local role salesdesk_api;

-- True while the caller still signs in with the password IT gave them. Once it differs, the
-- reset row is removed (the flag is cleared for good: a later reset by IT sets it again).
create or replace function api.password_change_required()
    returns boolean
    language plpgsql volatile security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    me bigint := private.require_employee();
    wanted text;
begin
    select r.verifier_digest into wanted from private.password_resets r where r.employee_id = me;
    if wanted is null then
        return false;
    end if;
    if wanted = salesdesk_auth.password_digest() then
        return true;
    end if;
    delete from private.password_resets where employee_id = me;
    return false;
end
$$;
revoke all on function api.password_change_required() from public;
grant execute on function api.password_change_required() to salesdesk_user;
