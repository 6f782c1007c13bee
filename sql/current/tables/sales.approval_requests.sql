-- sales.approval_requests, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0023_approvals.sql

create table sales.approval_requests (
    id bigint generated always as identity not null,
    type text not null,
    record_kind text not null,
    record_id bigint not null,
    requester_id bigint not null,
    rule_id bigint,
    unit_id bigint not null,
    amount numeric(16,2),
    discount numeric(5,2),
    category_id bigint,
    summary text default ''::text not null,
    note text,
    round integer default 1 not null,
    state text default 'pending'::text not null,
    step_no integer,
    steps integer not null,
    submitted_at timestamp with time zone default now() not null,
    decided_at timestamp with time zone,
    last_event_at timestamp with time zone default now() not null,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint approval_requests_pkey PRIMARY KEY (id),
    constraint approval_requests_type_record_id_key UNIQUE (type, record_id),
    constraint approval_requests_check CHECK ((state = 'pending'::text) = (step_no IS NOT NULL)),
    constraint approval_requests_note_check CHECK (char_length(note) <= 2000),
    constraint approval_requests_state_check CHECK (state = ANY (ARRAY['pending'::text, 'approved'::text, 'rejected'::text, 'withdrawn'::text])),
    constraint approval_requests_steps_check CHECK (steps >= 1),
    constraint approval_requests_summary_check CHECK (char_length(summary) <= 500),
    constraint approval_requests_category_id_fkey FOREIGN KEY (category_id) REFERENCES sales.product_categories(id),
    constraint approval_requests_requester_id_fkey FOREIGN KEY (requester_id) REFERENCES sales.employees(id),
    constraint approval_requests_rule_id_fkey FOREIGN KEY (rule_id) REFERENCES sales.approval_rules(id) ON DELETE SET NULL,
    constraint approval_requests_type_fkey FOREIGN KEY (type) REFERENCES private.approval_types(type),
    constraint approval_requests_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES sales.org_units(id)
);
alter table sales.approval_requests owner to salesdesk_owner;
grant select on table sales.approval_requests to salesdesk_api;
grant update (note) on table sales.approval_requests to salesdesk_api;
grant insert (requester_id, note) on table sales.approval_requests to salesdesk_api;

CREATE INDEX approval_requests_last_event_at_id_idx ON sales.approval_requests USING btree (last_event_at, id);
CREATE INDEX approval_requests_requester_id_last_event_at_id_idx ON sales.approval_requests USING btree (requester_id, last_event_at, id);
CREATE INDEX approval_requests_requester_idx ON sales.approval_requests USING btree (requester_id, submitted_at DESC, id);
CREATE INDEX approval_requests_submitted_at_id_idx ON sales.approval_requests USING btree (submitted_at, id);
CREATE TRIGGER audit_delete AFTER DELETE ON sales.approval_requests REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('approval_request');
CREATE TRIGGER audit_insert AFTER INSERT ON sales.approval_requests REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('approval_request');
CREATE TRIGGER audit_update AFTER UPDATE ON sales.approval_requests REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit_rows('approval_request');
CREATE TRIGGER keeps_requester BEFORE UPDATE OF requester_id ON sales.approval_requests FOR EACH ROW WHEN (old.requester_id IS DISTINCT FROM new.requester_id) EXECUTE FUNCTION private.approval_request_keeps_requester();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.approval_requests FOR EACH ROW EXECUTE FUNCTION private.stamp();

alter table sales.approval_requests enable row level security;
alter table sales.approval_requests force row level security;

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API adds approval_request rows the caller may write" on sales.approval_requests
    for insert to salesdesk_api
    with check (( SELECT private.sees_all() AS sees_all) OR (requester_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('approval_request'::text, true) AS shared_record_ids))::bigint[])));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API changes approval_request rows the caller may write" on sales.approval_requests
    for update to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR (requester_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('approval_request'::text, true) AS shared_record_ids))::bigint[])))
    with check (( SELECT private.sees_all() AS sees_all) OR (requester_id = ANY ((( SELECT private.visible_owner_ids() AS visible_owner_ids))::bigint[])) OR (id = ANY ((( SELECT private.shared_record_ids('approval_request'::text, true) AS shared_record_ids))::bigint[])));

-- In no file of sql/ by name: made at run time by private.declare_kind
create policy "the API reads approval_request rows the caller may see" on sales.approval_requests
    for select to salesdesk_api
    using (( SELECT private.sees_all() AS sees_all) OR requester_id <@ (( SELECT private.visible_owner_ranges() AS visible_owner_ranges)) OR (id = ANY ((( SELECT private.shared_record_ids('approval_request'::text) AS shared_record_ids))::bigint[])));
