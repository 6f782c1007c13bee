-- private.route_sets, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0051_route_sets_kept.sql

create table private.route_sets (
    employee_id bigint not null,
    kind text not null,
    ids bigint[] not null,
    constraint route_sets_pkey PRIMARY KEY (employee_id, kind),
    constraint route_sets_kind_fkey FOREIGN KEY (kind) REFERENCES private.record_kinds(kind)
);
alter table private.route_sets owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

alter table private.route_sets enable row level security;
alter table private.route_sets force row level security;
