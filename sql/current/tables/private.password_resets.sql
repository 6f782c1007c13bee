-- private.password_resets, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0014_onboarding.sql

create table private.password_resets (
    employee_id bigint not null,
    verifier_digest text not null,
    set_at timestamp with time zone default now() not null,
    constraint password_resets_pkey PRIMARY KEY (employee_id),
    constraint password_resets_employee_id_fkey FOREIGN KEY (employee_id) REFERENCES sales.employees(id)
);
alter table private.password_resets owner to salesdesk_owner;
grant select, delete on table private.password_resets to salesdesk_api;

alter table private.password_resets enable row level security;
alter table private.password_resets force row level security;

-- Written in: 0014_onboarding.sql
create policy "an employee's own reset is read by the API" on private.password_resets
    for select to salesdesk_api
    using (employee_id = (( SELECT private.current_employee_id() AS current_employee_id)));

-- Written in: 0014_onboarding.sql
create policy "an employee's own reset is removed once the password changed" on private.password_resets
    for delete to salesdesk_api
    using (employee_id = (( SELECT private.current_employee_id() AS current_employee_id)));
