-- private.alembic_version, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Made by Alembic (salesdesk/db/migrate.py): the revision the database is at

create table private.alembic_version (
    version_num character varying(32) not null,
    constraint alembic_version_pkc PRIMARY KEY (version_num)
);
alter table private.alembic_version owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

alter table private.alembic_version enable row level security;
alter table private.alembic_version force row level security;
