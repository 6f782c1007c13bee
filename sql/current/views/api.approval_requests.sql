-- api.approval_requests, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- In no file of sql/ by name: made at run time by private.declare_api

create view api.approval_requests as
 SELECT id,
    type,
    record_kind,
    record_id,
    requester_id,
    requester_name,
    summary,
    note,
    amount,
    discount,
    state,
    round,
    step_no,
    steps,
    submitted_at,
    decided_at,
    last_event_at,
    version
   FROM api.approval_request_rows() approval_request_rows(id, type, record_kind, record_id, requester_id, requester_name, summary, note, amount, discount, state, round, step_no, steps, submitted_at, decided_at, last_event_at, version);
alter view api.approval_requests owner to salesdesk_api;
grant select on table api.approval_requests to salesdesk_user;
