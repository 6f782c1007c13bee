-- sales.audit_log, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0001_core.sql

create table sales.audit_log (
    id bigint generated always as identity not null,
    at timestamp with time zone default now() not null,
    actor_id bigint,
    actor_login text default SESSION_USER not null,
    kind text not null,
    record_id bigint not null,
    root_kind text not null,
    root_id bigint not null,
    owner_id bigint,
    op text not null,
    old_values jsonb,
    new_values jsonb,
    constraint audit_log_pkey PRIMARY KEY (id),
    constraint audit_log_op_check CHECK (op = ANY (ARRAY['INSERT'::text, 'UPDATE'::text, 'DELETE'::text]))
);
alter table sales.audit_log owner to salesdesk_owner;
grant select on table sales.audit_log to salesdesk_api;

CREATE INDEX audit_log_owner_idx ON sales.audit_log USING btree (owner_id, at);
CREATE INDEX audit_log_root_idx ON sales.audit_log USING btree (root_kind, root_id, at);

alter table sales.audit_log enable row level security;
alter table sales.audit_log force row level security;

-- Written in: 0004_hard_shell.sql, 0011_duplicate_check.sql (the current text comes from the last)
create policy "audit entries are read while their record is" on sales.audit_log
    for select to salesdesk_api
    using (
CASE root_kind
    WHEN 'approval_request'::text THEN (EXISTS ( SELECT 1
       FROM sales.approval_requests r
      WHERE r.id = audit_log.root_id))
    WHEN 'contract'::text THEN (EXISTS ( SELECT 1
       FROM sales.contracts r
      WHERE r.id = audit_log.root_id))
    WHEN 'customer'::text THEN (EXISTS ( SELECT 1
       FROM sales.customers r
      WHERE r.id = audit_log.root_id))
    WHEN 'expense'::text THEN (EXISTS ( SELECT 1
       FROM sales.expenses r
      WHERE r.id = audit_log.root_id))
    WHEN 'followup'::text THEN (EXISTS ( SELECT 1
       FROM sales.followups r
      WHERE r.id = audit_log.root_id))
    WHEN 'lead'::text THEN (EXISTS ( SELECT 1
       FROM sales.leads r
      WHERE r.id = audit_log.root_id))
    WHEN 'month_close'::text THEN (EXISTS ( SELECT 1
       FROM sales.month_closes r
      WHERE r.id = audit_log.root_id))
    WHEN 'opportunity'::text THEN (EXISTS ( SELECT 1
       FROM sales.opportunities r
      WHERE r.id = audit_log.root_id))
    WHEN 'quote'::text THEN (EXISTS ( SELECT 1
       FROM sales.quotes r
      WHERE r.id = audit_log.root_id))
    WHEN 'target_version'::text THEN (EXISTS ( SELECT 1
       FROM sales.target_versions r
      WHERE r.id = audit_log.root_id))
    ELSE false
END AND (kind <> 'share'::text OR (( SELECT private.current_employee_id() AS current_employee_id)) = ((old_values ->> 'employee_id'::text)::bigint) OR (( SELECT private.current_employee_id() AS current_employee_id)) = ((new_values ->> 'employee_id'::text)::bigint) OR ( SELECT private.may_hand_on(h.owner_id, h.pool_id) AS may_hand_on
   FROM private.record_holder(audit_log.root_kind, audit_log.root_id) h(owner_id, pool_id))));
