-- private.kind_routes, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0018_opportunities.sql

create table private.kind_routes (
    kind text not null,
    column_name text not null,
    target_kind text not null,
    constraint kind_routes_pkey PRIMARY KEY (kind, column_name),
    constraint kind_routes_kind_fkey FOREIGN KEY (kind) REFERENCES private.record_kinds(kind),
    constraint kind_routes_target_kind_fkey FOREIGN KEY (target_kind) REFERENCES private.record_kinds(kind)
);
alter table private.kind_routes owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

CREATE TRIGGER route_sets_declared AFTER INSERT OR DELETE OR UPDATE ON private.kind_routes FOR EACH STATEMENT EXECUTE FUNCTION private.route_declarations_changed();

alter table private.kind_routes enable row level security;
alter table private.kind_routes force row level security;
