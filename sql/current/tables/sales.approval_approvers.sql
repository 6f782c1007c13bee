-- sales.approval_approvers, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0023_approvals.sql, 0069_inbox_pages.sql

create table sales.approval_approvers (
    id bigint generated always as identity not null,
    request_id bigint not null,
    round integer not null,
    step_no integer not null,
    mode text not null,
    employee_id bigint not null,
    access text default 'read'::text not null,
    waiting boolean default false not null,
    reached_at timestamp with time zone,
    decision text,
    decided_at timestamp with time zone,
    created_at timestamp with time zone default now() not null,
    created_by bigint,
    updated_at timestamp with time zone default now() not null,
    updated_by bigint,
    version integer default 1 not null,
    constraint approval_approvers_pkey PRIMARY KEY (id),
    constraint approval_approvers_request_id_round_step_no_employee_id_key UNIQUE (request_id, round, step_no, employee_id),
    constraint approval_approvers_access_check CHECK (access = 'read'::text),
    constraint approval_approvers_decision_check CHECK (decision = ANY (ARRAY['approved'::text, 'rejected'::text])),
    constraint approval_approvers_mode_check CHECK (mode = ANY (ARRAY['any'::text, 'all'::text])),
    constraint approval_approvers_waiting_reached CHECK (NOT waiting OR reached_at IS NOT NULL),
    constraint approval_approvers_employee_id_fkey FOREIGN KEY (employee_id) REFERENCES sales.employees(id),
    constraint approval_approvers_request_id_fkey FOREIGN KEY (request_id) REFERENCES sales.approval_requests(id) ON DELETE CASCADE
);
alter table sales.approval_approvers owner to salesdesk_owner;
grant select on table sales.approval_approvers to salesdesk_api;

CREATE INDEX approval_approvers_inbox_idx ON sales.approval_approvers USING btree (employee_id, reached_at, request_id) WHERE waiting;
CREATE TRIGGER member_changed AFTER INSERT OR DELETE OR UPDATE ON sales.approval_approvers FOR EACH ROW EXECUTE FUNCTION private.member_changed('approval_request', 'request_id', 'employee_id');
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON sales.approval_approvers FOR EACH ROW EXECUTE FUNCTION private.stamp();
CREATE TRIGGER stands_above BEFORE INSERT OR UPDATE OF employee_id, request_id ON sales.approval_approvers FOR EACH ROW EXECUTE FUNCTION private.approver_stands_above();

alter table sales.approval_approvers enable row level security;
alter table sales.approval_approvers force row level security;

-- Written in: 0023_approvals.sql
create policy "a request's approvers are seen with the request" on sales.approval_approvers
    for select to salesdesk_api
    using ((EXISTS ( SELECT 1
   FROM sales.approval_requests r
  WHERE r.id = approval_approvers.request_id)));
