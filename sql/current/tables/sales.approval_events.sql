-- sales.approval_events, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0023_approvals.sql

create table sales.approval_events (
    id bigint generated always as identity not null,
    request_id bigint not null,
    round integer not null,
    step_no integer,
    actor_id bigint not null,
    action text not null,
    comment text,
    at timestamp with time zone default clock_timestamp() not null,
    constraint approval_events_pkey PRIMARY KEY (id),
    constraint approval_events_action_check CHECK (action = ANY (ARRAY['submitted'::text, 'approved'::text, 'rejected'::text, 'withdrawn'::text, 'commented'::text])),
    constraint approval_events_comment_check CHECK (char_length(comment) <= 2000),
    constraint approval_events_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES sales.employees(id),
    constraint approval_events_request_id_fkey FOREIGN KEY (request_id) REFERENCES sales.approval_requests(id) ON DELETE CASCADE
);
alter table sales.approval_events owner to salesdesk_owner;
grant select on table sales.approval_events to salesdesk_api;

CREATE INDEX approval_events_request_idx ON sales.approval_events USING btree (request_id, id);

alter table sales.approval_events enable row level security;
alter table sales.approval_events force row level security;

-- Written in: 0023_approvals.sql
create policy "a request's trail is seen with the request" on sales.approval_events
    for select to salesdesk_api
    using ((EXISTS ( SELECT 1
   FROM sales.approval_requests r
  WHERE r.id = approval_events.request_id)));
