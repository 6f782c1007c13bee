-- sales.approval_rule_steps, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0023_approvals.sql

create table sales.approval_rule_steps (
    rule_id bigint not null,
    step_no integer not null,
    approver text not null,
    levels integer,
    position_id bigint,
    unit_id bigint,
    employee_ids bigint[],
    mode text default 'any'::text not null,
    constraint approval_rule_steps_pkey PRIMARY KEY (rule_id, step_no),
    constraint approval_rule_steps_approver_check CHECK (approver = ANY (ARRAY['superior'::text, 'position'::text, 'people'::text])),
    constraint approval_rule_steps_check CHECK (
CASE approver
    WHEN 'superior'::text THEN levels IS NOT NULL AND position_id IS NULL AND unit_id IS NULL AND employee_ids IS NULL
    WHEN 'position'::text THEN position_id IS NOT NULL AND levels IS NULL AND employee_ids IS NULL
    ELSE cardinality(employee_ids) >= 1 AND cardinality(employee_ids) <= 50 AND levels IS NULL AND position_id IS NULL AND unit_id IS NULL
END),
    constraint approval_rule_steps_levels_check CHECK (levels >= 1 AND levels <= 10),
    constraint approval_rule_steps_mode_check CHECK (mode = ANY (ARRAY['any'::text, 'all'::text])),
    constraint approval_rule_steps_step_no_check CHECK (step_no >= 1 AND step_no <= 20),
    constraint approval_rule_steps_position_id_fkey FOREIGN KEY (position_id) REFERENCES sales.positions(id),
    constraint approval_rule_steps_rule_id_fkey FOREIGN KEY (rule_id) REFERENCES sales.approval_rules(id) ON DELETE CASCADE,
    constraint approval_rule_steps_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES sales.org_units(id)
);
alter table sales.approval_rule_steps owner to salesdesk_owner;
grant select, delete on table sales.approval_rule_steps to salesdesk_api;
grant insert (rule_id, step_no, approver, levels, position_id, unit_id, employee_ids, mode) on table sales.approval_rule_steps to salesdesk_api;

alter table sales.approval_rule_steps enable row level security;
alter table sales.approval_rule_steps force row level security;

-- Written in: 0023_approvals.sql
create policy "every employee reads the approval steps" on sales.approval_rule_steps
    for select to salesdesk_api
    using ((( SELECT private.current_employee_id() AS current_employee_id)) IS NOT NULL);

-- Written in: 0023_approvals.sql
create policy "rule maintainers add approval steps" on sales.approval_rule_steps
    for insert to salesdesk_api
    with check (( SELECT private.has_permission('maintain_approval_rules'::text) AS has_permission));

-- Written in: 0023_approvals.sql
create policy "rule maintainers remove approval steps" on sales.approval_rule_steps
    for delete to salesdesk_api
    using (( SELECT private.has_permission('maintain_approval_rules'::text) AS has_permission));
