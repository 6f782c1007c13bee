-- private.kind_reach, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0018_opportunities.sql

create table private.kind_reach (
    kind text not null,
    column_name text not null,
    target_kind text not null,
    constraint kind_reach_pkey PRIMARY KEY (kind, column_name),
    constraint kind_reach_kind_fkey FOREIGN KEY (kind) REFERENCES private.record_kinds(kind),
    constraint kind_reach_target_kind_fkey FOREIGN KEY (target_kind) REFERENCES private.record_kinds(kind)
);
alter table private.kind_reach owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

CREATE TRIGGER route_sets_declared AFTER INSERT OR DELETE OR UPDATE ON private.kind_reach FOR EACH STATEMENT EXECUTE FUNCTION private.route_declarations_changed();

alter table private.kind_reach enable row level security;
alter table private.kind_reach force row level security;
