-- sales.ownership_history, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0001_core.sql, 0024_pipeline_fixes.sql

create table sales.ownership_history (
    id bigint generated always as identity not null,
    kind text not null,
    record_id bigint not null,
    from_owner_id bigint,
    to_owner_id bigint,
    from_pool_unit_id bigint,
    to_pool_unit_id bigint,
    reason text not null,
    changed_at timestamp with time zone default now() not null,
    changed_by bigint,
    changed_by_login text default SESSION_USER not null,
    event text,
    refs jsonb,
    constraint ownership_history_pkey PRIMARY KEY (id),
    constraint ownership_history_event_check CHECK (event = ANY (ARRAY['claimed'::text, 'converted_to'::text, 'converted_from'::text])),
    constraint ownership_history_changed_by_fkey FOREIGN KEY (changed_by) REFERENCES sales.employees(id),
    constraint ownership_history_from_owner_id_fkey FOREIGN KEY (from_owner_id) REFERENCES sales.employees(id),
    constraint ownership_history_from_pool_unit_id_fkey FOREIGN KEY (from_pool_unit_id) REFERENCES sales.org_units(id),
    constraint ownership_history_kind_fkey FOREIGN KEY (kind) REFERENCES private.record_kinds(kind),
    constraint ownership_history_to_owner_id_fkey FOREIGN KEY (to_owner_id) REFERENCES sales.employees(id),
    constraint ownership_history_to_pool_unit_id_fkey FOREIGN KEY (to_pool_unit_id) REFERENCES sales.org_units(id)
);
alter table sales.ownership_history owner to salesdesk_owner;
grant select on table sales.ownership_history to salesdesk_api;

CREATE INDEX ownership_history_from_idx ON sales.ownership_history USING btree (from_owner_id);
CREATE INDEX ownership_history_record_idx ON sales.ownership_history USING btree (kind, record_id);
CREATE INDEX ownership_history_to_idx ON sales.ownership_history USING btree (to_owner_id);
CREATE TRIGGER history_event BEFORE INSERT ON sales.ownership_history FOR EACH ROW EXECUTE FUNCTION private.history_event();

alter table sales.ownership_history enable row level security;
alter table sales.ownership_history force row level security;

-- Written in: 0004_hard_shell.sql, 0011_duplicate_check.sql (the current text comes from the last)
create policy "ownership history is read while its record is" on sales.ownership_history
    for select to salesdesk_api
    using (
CASE kind
    WHEN 'approval_request'::text THEN (EXISTS ( SELECT 1
       FROM sales.approval_requests r
      WHERE r.id = r.record_id))
    WHEN 'contract'::text THEN (EXISTS ( SELECT 1
       FROM sales.contracts r
      WHERE r.id = ownership_history.record_id))
    WHEN 'customer'::text THEN (EXISTS ( SELECT 1
       FROM sales.customers r
      WHERE r.id = ownership_history.record_id))
    WHEN 'expense'::text THEN (EXISTS ( SELECT 1
       FROM sales.expenses r
      WHERE r.id = ownership_history.record_id))
    WHEN 'followup'::text THEN (EXISTS ( SELECT 1
       FROM sales.followups r
      WHERE r.id = ownership_history.record_id))
    WHEN 'lead'::text THEN (EXISTS ( SELECT 1
       FROM sales.leads r
      WHERE r.id = ownership_history.record_id))
    WHEN 'month_close'::text THEN (EXISTS ( SELECT 1
       FROM sales.month_closes r
      WHERE r.id = ownership_history.record_id))
    WHEN 'opportunity'::text THEN (EXISTS ( SELECT 1
       FROM sales.opportunities r
      WHERE r.id = ownership_history.record_id))
    WHEN 'quote'::text THEN (EXISTS ( SELECT 1
       FROM sales.quotes r
      WHERE r.id = ownership_history.record_id))
    WHEN 'target_version'::text THEN (EXISTS ( SELECT 1
       FROM sales.target_versions r
      WHERE r.id = ownership_history.record_id))
    ELSE false
END);
