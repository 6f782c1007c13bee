"""Anything the generic kind screens need from the database."""

from salesdesk.db.migrate import run_sql_file

revision = "0031"
down_revision = "0030"


def upgrade() -> None:
    run_sql_file("0031_kind_screens.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
