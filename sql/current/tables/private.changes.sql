-- private.changes, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0004_hard_shell.sql

create table private.changes (
    seq bigint generated always as identity not null,
    at timestamp with time zone default clock_timestamp() not null,
    kind text not null,
    record_id bigint not null,
    root_kind text not null,
    root_id bigint not null,
    op text not null,
    subject_id bigint,
    constraint changes_pkey PRIMARY KEY (seq),
    constraint changes_op_check CHECK (op = ANY (ARRAY['INSERT'::text, 'UPDATE'::text, 'DELETE'::text]))
);
alter table private.changes owner to salesdesk_owner;
grant select on table private.changes to salesdesk_api;

CREATE INDEX changes_at_idx ON private.changes USING btree (at);

alter table private.changes enable row level security;
alter table private.changes force row level security;

-- Written in: 0004_hard_shell.sql, 0011_duplicate_check.sql (the current text comes from the last)
create policy "changes are read while their record is, or by their subject" on private.changes
    for select to salesdesk_api
    using (subject_id = (( SELECT private.current_employee_id() AS current_employee_id)) OR
CASE root_kind
    WHEN 'approval_request'::text THEN (EXISTS ( SELECT 1
       FROM sales.approval_requests r
      WHERE r.id = changes.root_id))
    WHEN 'contract'::text THEN (EXISTS ( SELECT 1
       FROM sales.contracts r
      WHERE r.id = changes.root_id))
    WHEN 'customer'::text THEN (EXISTS ( SELECT 1
       FROM sales.customers r
      WHERE r.id = changes.root_id))
    WHEN 'expense'::text THEN (EXISTS ( SELECT 1
       FROM sales.expenses r
      WHERE r.id = changes.root_id))
    WHEN 'followup'::text THEN (EXISTS ( SELECT 1
       FROM sales.followups r
      WHERE r.id = changes.root_id))
    WHEN 'lead'::text THEN (EXISTS ( SELECT 1
       FROM sales.leads r
      WHERE r.id = changes.root_id))
    WHEN 'month_close'::text THEN (EXISTS ( SELECT 1
       FROM sales.month_closes r
      WHERE r.id = changes.root_id))
    WHEN 'opportunity'::text THEN (EXISTS ( SELECT 1
       FROM sales.opportunities r
      WHERE r.id = changes.root_id))
    WHEN 'quote'::text THEN (EXISTS ( SELECT 1
       FROM sales.quotes r
      WHERE r.id = changes.root_id))
    WHEN 'target_version'::text THEN (EXISTS ( SELECT 1
       FROM sales.target_versions r
      WHERE r.id = changes.root_id))
    ELSE false
END AND (kind <> 'share'::text OR ( SELECT private.may_hand_on(h.owner_id, h.pool_id) AS may_hand_on
   FROM private.record_holder(changes.root_kind, changes.root_id) h(owner_id, pool_id))));
