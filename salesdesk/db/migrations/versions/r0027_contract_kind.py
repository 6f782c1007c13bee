"""Contracts as a record kind: the table every money kind refers to."""

from salesdesk.db.migrate import run_sql_file

revision = "0027"
down_revision = "0026"


def upgrade() -> None:
    run_sql_file("0027_contract_kind.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
