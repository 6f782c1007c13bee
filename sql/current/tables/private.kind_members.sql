-- private.kind_members, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0018_opportunities.sql

create table private.kind_members (
    kind text not null,
    table_name regclass not null,
    record_column text not null,
    employee_column text not null,
    access_column text not null,
    constraint kind_members_pkey PRIMARY KEY (kind, table_name),
    constraint kind_members_kind_fkey FOREIGN KEY (kind) REFERENCES private.record_kinds(kind)
);
alter table private.kind_members owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

CREATE TRIGGER route_sets_declared AFTER INSERT OR DELETE OR UPDATE ON private.kind_members FOR EACH STATEMENT EXECUTE FUNCTION private.route_declarations_changed();

alter table private.kind_members enable row level security;
alter table private.kind_members force row level security;
